package dev.accolade.adapter.in.rest.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.catalog.DeleteTemplatesByNameUseCase;
import dev.accolade.application.catalog.UpsertTemplatesUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** The native API's routes that write and delete an issuer's templates by title. */
public final class CatalogRoutes {

    private final UpsertTemplatesUseCase upsertTemplates;
    private final DeleteTemplatesByNameUseCase deleteTemplatesByName;
    private final TemplateReads reads;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public CatalogRoutes(UpsertTemplatesUseCase upsertTemplates, DeleteTemplatesByNameUseCase deleteTemplatesByName,
            TemplateReads reads, JsonBodies bodies) {
        this.upsertTemplates = requireNonNull(upsertTemplates, "upsertTemplates");
        this.deleteTemplatesByName = requireNonNull(deleteTemplatesByName, "deleteTemplatesByName");
        this.reads = requireNonNull(reads, "reads");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(TemplateRoutes.ISSUER_TEMPLATES + "/upserts", this::upsertByName);
        routes.post(TemplateRoutes.ISSUER_TEMPLATES + "/deletions", this::deleteByName);
    }

    private void upsertByName(Context ctx) {
        Actor actor = reads.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        UpsertTemplatesRequest request = bodies.read(ctx, UpsertTemplatesRequest.class);
        List<Template> templates = upsertTemplates.upsertTemplates(request.toCommand(actor, issuer));
        Responses.list(ctx, templates, template -> reads.view(actor, template));
    }

    private void deleteByName(Context ctx) {
        Actor actor = reads.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        DeleteTemplatesRequest request = bodies.read(ctx, DeleteTemplatesRequest.class);
        Responses.list(ctx, deleteTemplatesByName.deleteTemplatesByName(request.toCommand(actor, issuer)),
                DeletedTemplateResponse::from);
    }
}
