package dev.accolade.adapter.in.rest.compat.userbadges;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.catalog.DeleteTemplatesByNameCommand;
import dev.accolade.application.catalog.DeleteTemplatesByNameUseCase;
import dev.accolade.application.catalog.ListCatalogQuery;
import dev.accolade.application.catalog.ListCatalogUseCase;
import dev.accolade.application.catalog.UpsertTemplatesCommand;
import dev.accolade.application.catalog.UpsertTemplatesUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.signing.ResolveIssuerUseCase;
import dev.accolade.domain.issuer.Issuer;
import io.javalin.http.Context;

/** A service's badges: its catalog read whole, and badges written or deleted by name. */
final class BadgeEndpoints {

    private final ResolveIssuerUseCase resolveIssuer;
    private final ListCatalogUseCase listCatalog;
    private final UpsertTemplatesUseCase upsertTemplates;
    private final DeleteTemplatesByNameUseCase deleteTemplatesByName;

    BadgeEndpoints(ResolveIssuerUseCase resolveIssuer, ListCatalogUseCase listCatalog,
            UpsertTemplatesUseCase upsertTemplates, DeleteTemplatesByNameUseCase deleteTemplatesByName) {
        this.resolveIssuer = requireNonNull(resolveIssuer, "resolveIssuer");
        this.listCatalog = requireNonNull(listCatalog, "listCatalog");
        this.upsertTemplates = requireNonNull(upsertTemplates, "upsertTemplates");
        this.deleteTemplatesByName = requireNonNull(deleteTemplatesByName, "deleteTemplatesByName");
    }

    JsonNode listBadges(Context ctx) {
        Issuer service = resolveIssuer.resolveIssuer(ctx.pathParam("service"));
        return badgesOf(service, BadgeSort.parse(ctx.queryParam("sort")), Actor.anonymous());
    }

    JsonNode putBadges(Context ctx, Issuer service, byte[] body) {
        upsertTemplates.upsertTemplates(new UpsertTemplatesCommand(UserNames.actorOf(service), service.id(),
                BadgeBodies.definitions(body)));
        return badgesOf(service, BadgeSort.parse(null), UserNames.actorOf(service));
    }

    JsonNode deleteBadges(Context ctx, Issuer service, byte[] body) {
        deleteTemplatesByName.deleteTemplatesByName(new DeleteTemplatesByNameCommand(UserNames.actorOf(service),
                service.id(), BadgeBodies.names(body)));
        return badgesOf(service, BadgeSort.parse(null), UserNames.actorOf(service));
    }

    /**
     * The service's whole catalog in the order asked for, read in one unit of work, as this reader sees it: a
     * public read (anonymous) sees hidden badges concealed, the service's own writes see them whole.
     */
    private ObjectNode badgesOf(Issuer service, BadgeSort sort, Actor reader) {
        ArrayNode badges = BadgeJson.NODES.arrayNode();
        sort.apply(listCatalog.listCatalog(new ListCatalogQuery(reader, service.id())),
                view -> view.concealed() ? BadgeJson.HIDDEN_NAME : view.template().details().title(),
                view -> view.awards().count(), view -> view.awards().latest())
                .forEach(view -> badges.add(view.concealed() ? BadgeJson.concealed(view.awards())
                        : BadgeJson.named(view.template().details(), view.awards(), view.rarity())));
        ObjectNode reply = BadgeJson.NODES.objectNode();
        reply.set("badges", badges);
        return reply;
    }
}
