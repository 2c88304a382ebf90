package dev.accolade.adapter.in.rest.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.AwardUseCase;
import dev.accolade.application.award.GetAwardUseCase;
import dev.accolade.application.award.MarkAwardViewedUseCase;
import dev.accolade.application.award.RevokeAwardUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The native API's award routes: awarding a template, and reading, viewing and revoking an award.
 */
public final class AwardRoutes {

    /** The header that makes an award idempotent. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String TEMPLATE_AWARDS = "/v1/templates/{template_id}/awards";
    private static final String AWARD = OutcomeReplies.AWARDS + "/{id}";

    private final AwardUseCase award;
    private final GetAwardUseCase getAward;
    private final MarkAwardViewedUseCase markAwardViewed;
    private final RevokeAwardUseCase revokeAward;
    private final CredentialUrls urls;
    private final Authenticator authenticator;
    private final JsonBodies bodies;
    private final OutcomeReplies outcomes;

    /** Routes over these use cases, answering an award or offer made through the outcome replies. */
    public AwardRoutes(AwardUseCase award, GetAwardUseCase getAward, MarkAwardViewedUseCase markAwardViewed,
            RevokeAwardUseCase revokeAward, OutcomeReplies outcomes, CredentialUrls urls, Authenticator authenticator,
                    JsonBodies bodies) {
        this.award = requireNonNull(award, "award");
        this.getAward = requireNonNull(getAward, "getAward");
        this.markAwardViewed = requireNonNull(markAwardViewed, "markAwardViewed");
        this.revokeAward = requireNonNull(revokeAward, "revokeAward");
        this.urls = requireNonNull(urls, "urls");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
        this.outcomes = requireNonNull(outcomes, "outcomes");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(TEMPLATE_AWARDS, this::award);
        routes.get(AWARD, this::getAward);
        routes.post(AWARD + "/viewing", this::markViewed);
        routes.post(AWARD + "/revocation", this::revoke);
    }

    private void award(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        TemplateId template = new TemplateId(PathIds.of(ctx, "template_id"));
        AwardBody body = bodies.read(ctx, AwardBody.class);
        outcomes.reply(ctx, actor, award.award(body.toCommand(actor, template,
                ctx.header(IDEMPOTENCY_KEY))));
    }

    private void getAward(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        Responses.ok(ctx, AwardResponse.from(getAward.getAward(new AwardReference(actor, awardId(ctx))), urls));
    }

    private void markViewed(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        AwardReference reference = new AwardReference(actor, awardId(ctx));
        markAwardViewed.markAwardViewed(reference);
        Responses.ok(ctx, AwardResponse.from(getAward.getAward(reference), urls));
    }

    private void revoke(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        AwardId award = awardId(ctx);
        RevocationBody body = bodies.read(ctx, RevocationBody.class);
        revokeAward.revokeAward(body.toCommand(actor, award));
        Responses.ok(ctx, AwardResponse.from(getAward.getAward(new AwardReference(actor, award)), urls));
    }

    private static AwardId awardId(Context ctx) {
        return new AwardId(PathIds.of(ctx, "id"));
    }
}
