package dev.accolade.adapter.in.rest.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.offer.OfferResponse;
import dev.accolade.adapter.in.rest.response.Envelope;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.GetAwardUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Answers with what awarding did: 201 and the new award, 202 and the pending offer, or 200 and the
 * award the recipient already holds.
 */
public final class OutcomeReplies {

    /** Where awards live. */
    public static final String AWARDS = "/v1/awards";
    /** Where offers live. */
    public static final String OFFERS = "/v1/offers";

    private final GetAwardUseCase awards;
    private final CredentialUrls urls;

    /** Replies that read awards, with their templates, through this use case; credentials under these URLs. */
    public OutcomeReplies(GetAwardUseCase awards, CredentialUrls urls) {
        this.awards = requireNonNull(awards, "awards");
        this.urls = requireNonNull(urls, "urls");
    }

    /** Writes the outcome as the actor may see it. */
    public void reply(Context ctx, Actor actor, AwardOutcome outcome) {
        if (outcome instanceof AwardOutcome.Awarded awarded) {
            Responses.created(ctx, AWARDS + "/" + awarded.award().id().value(), view(actor, awarded.award()));
        } else if (outcome instanceof AwardOutcome.Offered offered) {
            ctx.header("Location", OFFERS + "/" + offered.offer().id().value()).status(HttpStatus.ACCEPTED)
                    .json(Envelope.of(OfferResponse.from(offered.offer())));
        } else {
            Responses.ok(ctx, view(actor, ((AwardOutcome.AlreadyAwarded) outcome).award()));
        }
    }

    private AwardResponse view(Actor actor, Award award) {
        return AwardResponse.from(awards.getAward(new AwardReference(actor, award.id())), urls);
    }
}
