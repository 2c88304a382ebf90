package dev.accolade.adapter.in.rest.page.moderation;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.moderation.ApproveTemplateUseCase;
import dev.accolade.application.moderation.RejectTemplateCommand;
import dev.accolade.application.moderation.RejectTemplateUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The operator's answers in the moderation queue: approve a template, or reject it with a reason, through
 * the same use cases as {@code POST /v1/templates/{id}/approve|reject}. Without an operator session, a 401
 * page and nothing changes.
 */
public final class ModerationAnswers {

    private final ApproveTemplateUseCase approve;
    private final RejectTemplateUseCase reject;
    private final OperatorSessions operator;
    private final PageKit kit;

    /** The forms over these use cases. */
    public ModerationAnswers(ApproveTemplateUseCase approve, RejectTemplateUseCase reject, OperatorSessions operator,
            PageKit kit) {
        this.approve = requireNonNull(approve, "approve");
        this.reject = requireNonNull(reject, "reject");
        this.operator = requireNonNull(operator, "operator");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(PagePaths.MODERATION + "/templates/{id}/approve", this::approve);
        routes.post(PagePaths.MODERATION + "/templates/{id}/reject", this::reject);
    }

    private void approve(Context ctx) {
        operator.require(ctx);
        kit.form(ctx);
        approve.approveTemplate(new TemplateCommand(Actor.operator(), template(ctx)));
        kit.redirect(ctx, PagePaths.MODERATION);
    }

    private void reject(Context ctx) {
        operator.require(ctx);
        PageForm form = kit.form(ctx);
        reject.rejectTemplate(new RejectTemplateCommand(Actor.operator(), template(ctx),
                form.optional("reason").orElse(null)));
        kit.redirect(ctx, PagePaths.MODERATION);
    }

    private static TemplateId template(Context ctx) {
        return new TemplateId(PathIds.of(ctx, "id"));
    }
}
