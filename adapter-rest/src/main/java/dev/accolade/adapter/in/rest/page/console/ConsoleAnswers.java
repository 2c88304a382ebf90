package dev.accolade.adapter.in.rest.page.console;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.award.RevokeAwardUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.request.AcceptRequestUseCase;
import dev.accolade.application.request.RejectRequestCommand;
import dev.accolade.application.request.RejectRequestUseCase;
import dev.accolade.application.request.RequestReference;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The console's answers: accept or reject a request (with an optional reason) and revoke an award (with a
 * reason), through the same use cases as {@code POST /v1/requests/{id}/accept|reject} and
 * {@code POST /v1/awards/{id}/revoke}; a request or award of an issuer the member does not act for reads as
 * not found.
 */
public final class ConsoleAnswers {

    private final AcceptRequestUseCase acceptRequest;
    private final RejectRequestUseCase rejectRequest;
    private final RevokeAwardUseCase revokeAward;
    private final PageKit kit;

    /** The forms over these use cases. */
    public ConsoleAnswers(AcceptRequestUseCase acceptRequest, RejectRequestUseCase rejectRequest,
            RevokeAwardUseCase revokeAward, PageKit kit) {
        this.acceptRequest = requireNonNull(acceptRequest, "acceptRequest");
        this.rejectRequest = requireNonNull(rejectRequest, "rejectRequest");
        this.revokeAward = requireNonNull(revokeAward, "revokeAward");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(ConsolePaths.ACCEPT_REQUEST, this::accept);
        routes.post(ConsolePaths.REJECT_REQUEST, this::reject);
        routes.post(ConsolePaths.REVOKE, this::revoke);
    }

    private void accept(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        kit.form(ctx);
        AwardOutcome outcome = acceptRequest.acceptRequest(new RequestReference(actor, requestId(ctx)));
        kit.redirect(ctx, ConsolePaths.issuer(issuerOf(outcome)));
    }

    private void reject(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        PageForm form = kit.form(ctx);
        AwardRequest rejected = rejectRequest.rejectRequest(new RejectRequestCommand(actor, requestId(ctx),
                form.optional("reason").orElse(null)));
        kit.redirect(ctx, ConsolePaths.issuer(rejected.issuer().value()));
    }

    private void revoke(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        PageForm form = kit.form(ctx);
        Award revoked = revokeAward.revokeAward(new RevokeAwardCommand(actor, new AwardId(PathIds.of(ctx, "id")),
                form.optional("reason").orElse(null)));
        kit.redirect(ctx, ConsolePaths.issuer(revoked.grant().terms().issuer().value()));
    }

    private static long issuerOf(AwardOutcome outcome) {
        if (outcome instanceof AwardOutcome.Offered offered) {
            return offered.offer().grant().terms().issuer().value();
        }
        Award award = outcome instanceof AwardOutcome.Awarded awarded ? awarded.award()
                : ((AwardOutcome.AlreadyAwarded) outcome).award();
        return award.grant().terms().issuer().value();
    }

    private static AwardRequestId requestId(Context ctx) {
        return new AwardRequestId(PathIds.of(ctx, "id"));
    }
}
