package dev.accolade.adapter.in.rest.page.apply;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.FormProblems;
import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.adapter.in.rest.page.TemplateTitles;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.request.RequestAwardCommand;
import dev.accolade.application.request.RequestAwardUseCase;
import dev.accolade.application.showcase.GetPublicBadgeUseCase;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * "Apply for this badge": a signed-in member asks a published template's issuer to award it, with a message
 * and a link to evidence, through the same use case as {@code POST /v1/templates/{id}/requests}. The request
 * then shows in the member's inbox and in the issuer's console.
 */
public final class ApplyPages {

    private final GetPublicBadgeUseCase badges;
    private final RequestAwardUseCase requestAward;
    private final PageKit kit;

    /** The form over these use cases. */
    public ApplyPages(GetPublicBadgeUseCase badges, RequestAwardUseCase requestAward, PageKit kit) {
        this.badges = requireNonNull(badges, "badges");
        this.requestAward = requireNonNull(requestAward, "requestAward");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.BADGES + "{id}/apply", this::form);
        routes.post(PagePaths.BADGES + "{id}/apply", this::apply);
    }

    private void form(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        show(ctx, 200, ApplyForm.blank(ctx.pathParam("id"), title(badge(ctx, actor))));
    }

    private void apply(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        PageForm form = kit.form(ctx);
        TemplateView badge = badge(ctx, actor);
        ApplyForm typed = new ApplyForm(ctx.pathParam("id"), title(badge), form.text("message").strip(),
                form.text("evidence").strip(), List.of());
        EvidenceInput evidence = typed.evidence().isEmpty() ? null : new EvidenceInput(null,
                List.of(typed.evidence()));
        try {
            requestAward.requestAward(new RequestAwardCommand(actor, badge.template().id(),
                    typed.message().isEmpty() ? null : typed.message(), evidence));
        } catch (DomainException refused) {
            if (refused.category() == ErrorCategory.CONFLICT) {
                show(ctx, 409, typed.withProblems(List.of(refused.getMessage())));
            } else {
                show(ctx, 400, typed.withProblems(FormProblems.of(refused)));
            }
            return;
        }
        kit.redirect(ctx, PagePaths.INBOX);
    }

    private TemplateView badge(Context ctx, Actor actor) {
        PublicId id = PublicId.parse(ctx.pathParam("id")).orElseThrow(NotFound::badgeClass);
        return badges.publicBadge(actor, id).template();
    }

    private static String title(TemplateView badge) {
        return TemplateTitles.of(badge);
    }

    private void show(Context ctx, int status, ApplyForm form) {
        kit.render(ctx, status, "apply/apply.jte", kit.frame(ctx, "Apply for " + form.title()), form);
    }
}
