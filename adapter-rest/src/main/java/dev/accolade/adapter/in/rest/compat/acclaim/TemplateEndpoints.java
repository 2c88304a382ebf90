package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateView;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import io.javalin.http.Context;
import java.util.List;

/** Acclaim's badge templates of an organization: list, create, read, update and delete. */
final class TemplateEndpoints {

    private final OrganizationServices services;

    TemplateEndpoints(OrganizationServices services) {
        this.services = services;
    }

    void list(Context ctx, Actor actor) {
        PageNumbers page = PageNumbers.of(ctx);
        Issuer issuer = services.organizations().of(ctx, actor);
        List<TemplateView> all = PageNumbers.all(request -> services.accolade().templates().findTemplates(
                new FindTemplatesQuery(actor, issuer.id(), null, null, null, null, null, null, request)));
        AcclaimReplies.page(ctx, page, all, view -> BadgeTemplateJson.from(view.template()));
    }

    void create(Context ctx, Actor actor) {
        Issuer issuer = services.organizations().of(ctx, actor);
        AcclaimFields fields = AcclaimFields.of(ctx, services.mapper());
        TemplateFields content = TemplateFields.forCreation(fields);
        Template created = services.accolade().templates().createTemplate(new CreateTemplateCommand(actor, issuer.id(),
                content.input(), content.activate()));
        BadgeTemplateJson json = BadgeTemplateJson.from(created);
        AcclaimReplies.created(ctx, json.id(), json);
    }

    void get(Context ctx, Actor actor) {
        AcclaimReplies.ok(ctx, BadgeTemplateJson.from(find(ctx, actor).template()));
    }

    void update(Context ctx, Actor actor) {
        Template current = find(ctx, actor).template();
        AcclaimFields fields = AcclaimFields.of(ctx, services.mapper());
        TemplateFields content = TemplateFields.forUpdate(fields, current.details());
        Template updated = services.accolade().templates().updateTemplate(
                new UpdateTemplateCommand(actor, current.id(), content.input()));
        boolean unsubmitted = updated.status() == TemplateStatus.DRAFT || updated.status() == TemplateStatus.REJECTED;
        if (content.activate() && unsubmitted) {
            updated = services.accolade().templates().submitTemplate(new TemplateCommand(actor, updated.id()));
        }
        AcclaimReplies.ok(ctx, BadgeTemplateJson.from(updated));
    }

    void delete(Context ctx, Actor actor) {
        TemplateView view = find(ctx, actor);
        if (view.awards().count() > 0) {
            throw DomainException.ruleViolation("template_has_awards",
                    "Badge template has issued badges and cannot be deleted");
        }
        services.accolade().templates().deleteTemplate(new TemplateCommand(actor, view.template().id()));
        AcclaimReplies.ok(ctx, BadgeTemplateJson.from(view.template()));
    }

    /** The template in the path, when it belongs to the organization in the path and the actor reaches both. */
    private TemplateView find(Context ctx, Actor actor) {
        Issuer issuer = services.organizations().of(ctx, actor);
        TemplateId id = new TemplateId(AcclaimIds.parse(Kind.BADGE_TEMPLATE, AcclaimReplies.pathParam(ctx, "id"))
                .orElseThrow(NotFound::issuer));
        TemplateView view = services.accolade().templates().getTemplate(new TemplateCommand(actor, id));
        if (!view.template().issuer().equals(issuer.id())) {
            throw NotFound.template(id);
        }
        return view;
    }
}
