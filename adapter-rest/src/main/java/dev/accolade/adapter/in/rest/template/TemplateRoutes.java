package dev.accolade.adapter.in.rest.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.request.JsonBodies;
import dev.accolade.adapter.in.rest.request.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.Accolade;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * The native API's template routes: issuers write templates and send them to moderation, the
 * operator approves or rejects them, anyone reads published ones, and members rate them. Issuers
 * without moderation also create, replace and delete templates by title.
 */
public final class TemplateRoutes {

    private static final String TEMPLATES = "/v1/templates";
    private static final String TEMPLATE = TEMPLATES + "/{id}";
    private static final String ISSUER_TEMPLATES = "/v1/issuers/{issuer_id}/templates";

    private final Accolade accolade;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public TemplateRoutes(Accolade accolade, Authenticator authenticator, JsonBodies bodies) {
        this.accolade = requireNonNull(accolade, "accolade");
        this.authenticator = requireNonNull(authenticator, "authenticator");
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
        routes.post(TEMPLATE + "/approval", this::approve);
        routes.post(TEMPLATE + "/rejection", this::reject);
        routes.put(TEMPLATE + "/ratings/me", this::rate);
        routes.post(ISSUER_TEMPLATES + "/upserts", this::upsertByName);
        routes.post(ISSUER_TEMPLATES + "/deletions", this::deleteByName);
    }

    private void create(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        CreateTemplateRequest request = bodies.read(ctx, CreateTemplateRequest.class);
        Template template = accolade.templates().createTemplate(request.toCommand(actor, issuer));
        Responses.created(ctx, TEMPLATES + "/" + template.id().value(), view(actor, template));
    }

    private void find(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        FindTemplatesQuery query = TemplateFilters.of(ctx, actor);
        Responses.page(ctx, accolade.templates().findTemplates(query), query.page(), TemplateResponse::from);
    }

    private void get(Context ctx) {
        Responses.ok(ctx, TemplateResponse.from(accolade.templates().getTemplate(command(ctx))));
    }

    private void update(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        TemplateId id = templateId(ctx);
        UpdateTemplateRequest request = bodies.read(ctx, UpdateTemplateRequest.class);
        Responses.ok(ctx, view(actor, accolade.templates().updateTemplate(request.toCommand(actor, id))));
    }

    private void delete(Context ctx) {
        accolade.templates().deleteTemplate(command(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void submit(Context ctx) {
        TemplateCommand command = command(ctx);
        Responses.ok(ctx, view(command.actor(), accolade.templates().submitTemplate(command)));
    }

    private void approve(Context ctx) {
        TemplateCommand command = command(ctx);
        Responses.ok(ctx, view(command.actor(), accolade.moderation().approveTemplate(command)));
    }

    private void reject(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        TemplateId id = templateId(ctx);
        RejectTemplateRequest request = bodies.readOrDefault(ctx, RejectTemplateRequest.class,
                new RejectTemplateRequest(null));
        Responses.ok(ctx, view(actor, accolade.moderation().rejectTemplate(request.toCommand(actor, id))));
    }

    private void rate(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        TemplateId id = templateId(ctx);
        RateTemplateRequest request = bodies.read(ctx, RateTemplateRequest.class);
        Responses.ok(ctx, RatingsResponse.from(accolade.ratings().rateTemplate(request.toCommand(actor, id))));
    }

    private void upsertByName(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        UpsertTemplatesRequest request = bodies.read(ctx, UpsertTemplatesRequest.class);
        List<Template> templates = accolade.catalog().upsertTemplates(request.toCommand(actor, issuer));
        Responses.list(ctx, templates, template -> view(actor, template));
    }

    private void deleteByName(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        DeleteTemplatesRequest request = bodies.read(ctx, DeleteTemplatesRequest.class);
        Responses.list(ctx, accolade.catalog().deleteTemplatesByName(request.toCommand(actor, issuer)),
                DeletedTemplateResponse::from);
    }

    /** The template as just written, read back with its figures as this actor sees it. */
    private TemplateResponse view(Actor actor, Template template) {
        return TemplateResponse.from(accolade.templates().getTemplate(new TemplateCommand(actor, template.id())));
    }

    private TemplateCommand command(Context ctx) {
        return new TemplateCommand(authenticator.actorOf(ctx), templateId(ctx));
    }

    private static TemplateId templateId(Context ctx) {
        return new TemplateId(PathIds.of(ctx, "id"));
    }
}
