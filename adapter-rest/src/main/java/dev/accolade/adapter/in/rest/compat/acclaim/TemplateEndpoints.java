package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.CreateTemplateUseCase;
import dev.accolade.application.template.DeleteTemplateUseCase;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.FindTemplatesUseCase;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.PatchTemplateCommand;
import dev.accolade.application.template.PatchTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import io.javalin.http.Context;

/** Acclaim's badge templates of an organization: list, create, read, update and delete. */
final class TemplateEndpoints {

    private final OrganizationReach organizations;
    private final FindTemplatesUseCase find;
    private final CreateTemplateUseCase create;
    private final GetTemplateUseCase get;
    private final PatchTemplateUseCase patch;
    private final DeleteTemplateUseCase delete;
    private final ObjectMapper mapper;
    private final CredentialUrls urls;

    TemplateEndpoints(OrganizationReach organizations, FindTemplatesUseCase find, CreateTemplateUseCase create,
            GetTemplateUseCase get, PatchTemplateUseCase patch, DeleteTemplateUseCase delete, ObjectMapper mapper,
            CredentialUrls urls) {
        this.organizations = requireNonNull(organizations, "organizations");
        this.find = requireNonNull(find, "find");
        this.create = requireNonNull(create, "create");
        this.get = requireNonNull(get, "get");
        this.patch = requireNonNull(patch, "patch");
        this.delete = requireNonNull(delete, "delete");
        this.mapper = requireNonNull(mapper, "mapper");
        this.urls = requireNonNull(urls, "urls");
    }

    void list(Context ctx, Actor actor) {
        PageNumbers page = PageNumbers.of(ctx);
        Issuer issuer = organizations.of(ctx, actor);
        AcclaimReplies.page(ctx, page, find.findTemplates(FindTemplatesQuery.all(actor, page.request())
                .ofIssuer(issuer.id())), view -> BadgeTemplateJson.from(view, urls));
    }

    void create(Context ctx, Actor actor) {
        Issuer issuer = organizations.of(ctx, actor);
        TemplateFields content = TemplateFields.forCreation(AcclaimFields.of(ctx, mapper));
        Template created = create.createTemplate(new CreateTemplateCommand(actor, issuer.id(), content.input(),
                content.activate()));
        BadgeTemplateJson json = BadgeTemplateJson.from(created, urls);
        AcclaimReplies.created(ctx, json.id(), json);
    }

    void get(Context ctx, Actor actor) {
        AcclaimReplies.ok(ctx, BadgeTemplateJson.from(find(ctx, actor), urls));
    }

    /**
     * Each attribute given replaces the current one, read, changed and written in one unit of work; read back. An
     * {@code image_url} sent back as it was read leaves the picture as it is.
     */
    void update(Context ctx, Actor actor) {
        Template current = find(ctx, actor).template();
        TemplateFields.Changes changes = TemplateFields.forUpdate(AcclaimFields.of(ctx, mapper),
                urls.picture(current));
        patch.patchTemplate(new PatchTemplateCommand(actor, current.id(), changes.patch(), changes.activate()));
        AcclaimReplies.ok(ctx, BadgeTemplateJson.from(get.getTemplate(new TemplateCommand(actor, current.id())),
                urls));
    }

    void delete(Context ctx, Actor actor) {
        TemplateView view = find(ctx, actor);
        if (view.awards().count() > 0) {
            throw DomainException.ruleViolation("template_has_awards",
                    "Badge template has issued badges and cannot be deleted");
        }
        delete.deleteTemplate(new TemplateCommand(actor, view.template().id()));
        AcclaimReplies.ok(ctx, BadgeTemplateJson.from(view, urls));
    }

    /** The template in the path, when it belongs to the organization in the path and the actor acts for it. */
    private TemplateView find(Context ctx, Actor actor) {
        Issuer issuer = organizations.of(ctx, actor);
        TemplateId id = new TemplateId(AcclaimIds.parse(Kind.BADGE_TEMPLATE, AcclaimReplies.pathParam(ctx, "id"))
                .orElseThrow(NotFound::issuer));
        TemplateView view = get.getTemplate(new TemplateCommand(actor, id));
        if (!view.template().issuer().equals(issuer.id())) {
            throw NotFound.template(id);
        }
        return view;
    }
}
