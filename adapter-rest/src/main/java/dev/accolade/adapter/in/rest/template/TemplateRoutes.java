package dev.accolade.adapter.in.rest.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.CreateTemplateUseCase;
import dev.accolade.application.template.DeleteTemplateUseCase;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.FindTemplatesUseCase;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.SubmitTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.UpdateTemplateUseCase;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The native API's template routes as an issuer authors templates and anyone reads them. */
public final class TemplateRoutes {

    /** Where templates are read. */
    static final String TEMPLATES = "/v1/templates";
    /** One template. */
    static final String TEMPLATE = TEMPLATES + "/{id}";
    /** An issuer's templates. */
    static final String ISSUER_TEMPLATES = "/v1/issuers/{issuer_id}/templates";

    private final CreateTemplateUseCase createTemplate;
    private final FindTemplatesUseCase findTemplates;
    private final GetTemplateUseCase getTemplate;
    private final UpdateTemplateUseCase updateTemplate;
    private final SubmitTemplateUseCase submitTemplate;
    private final DeleteTemplateUseCase deleteTemplate;
    private final TemplateReads reads;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public TemplateRoutes(CreateTemplateUseCase createTemplate, FindTemplatesUseCase findTemplates,
            GetTemplateUseCase getTemplate, UpdateTemplateUseCase updateTemplate,
            SubmitTemplateUseCase submitTemplate, DeleteTemplateUseCase deleteTemplate, TemplateReads reads,
            JsonBodies bodies) {
        this.createTemplate = requireNonNull(createTemplate, "createTemplate");
        this.findTemplates = requireNonNull(findTemplates, "findTemplates");
        this.getTemplate = requireNonNull(getTemplate, "getTemplate");
        this.updateTemplate = requireNonNull(updateTemplate, "updateTemplate");
        this.submitTemplate = requireNonNull(submitTemplate, "submitTemplate");
        this.deleteTemplate = requireNonNull(deleteTemplate, "deleteTemplate");
        this.reads = requireNonNull(reads, "reads");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(ISSUER_TEMPLATES, this::create);
        routes.get(TEMPLATES, this::find);
        routes.get(TEMPLATE, this::get);
        routes.put(TEMPLATE, this::update);
        routes.delete(TEMPLATE, this::delete);
        routes.post(TEMPLATE + "/submission", this::submit);
    }

    private void create(Context ctx) {
        Actor actor = reads.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        CreateTemplateRequest request = bodies.read(ctx, CreateTemplateRequest.class);
        Template template = createTemplate.createTemplate(request.toCommand(actor, issuer));
        Responses.created(ctx, TEMPLATES + "/" + template.id().value(), reads.view(actor, template));
    }

    private void find(Context ctx) {
        FindTemplatesQuery query = TemplateFilters.of(ctx, reads.actorOf(ctx));
        Responses.page(ctx, findTemplates.findTemplates(query), query.page(), reads::response);
    }

    private void get(Context ctx) {
        Responses.ok(ctx, reads.response(getTemplate.getTemplate(reads.command(ctx))));
    }

    private void update(Context ctx) {
        Actor actor = reads.actorOf(ctx);
        TemplateId id = TemplateReads.templateId(ctx);
        UpdateTemplateRequest request = bodies.read(ctx, UpdateTemplateRequest.class);
        Responses.ok(ctx, reads.view(actor, updateTemplate.updateTemplate(request.toCommand(actor, id))));
    }

    private void delete(Context ctx) {
        deleteTemplate.deleteTemplate(reads.command(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void submit(Context ctx) {
        TemplateCommand command = reads.command(ctx);
        Responses.ok(ctx, reads.view(command.actor(), submitTemplate.submitTemplate(command)));
    }
}
