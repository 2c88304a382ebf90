package dev.accolade.adapter.in.rest.award;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;

/**
 * One recipient's outcome in the answer to a bulk award.
 *
 * @param position the recipient's position in the request, from 0
 * @param recipient the recipient's identity key
 * @param outcome {@code awarded}, {@code offered} or {@code already_awarded}
 * @param awardId the award made or already held, or null for an offer
 * @param offerId the offer made or already pending, or null for an award
 * @param location where the award or offer lives
 */
public record BulkOutcomeResponse(int position, String recipient, String outcome, Long awardId, Long offerId,
        String location) {

    /** The response for the outcome at a position. */
    public static BulkOutcomeResponse from(int position, AwardOutcome outcome) {
        if (outcome instanceof AwardOutcome.Offered offered) {
            long id = offered.offer().id().value();
            return new BulkOutcomeResponse(position, offered.offer().recipient().key(), "offered", null, id,
                    OutcomeReplies.OFFERS + "/" + id);
        }
        boolean made = outcome instanceof AwardOutcome.Awarded;
        Award award = made ? ((AwardOutcome.Awarded) outcome).award() : ((AwardOutcome.AlreadyAwarded) outcome).award();
        long id = award.id().value();
        return new BulkOutcomeResponse(position, award.recipient().key(), made ? "awarded" : "already_awarded", id,
                null, OutcomeReplies.AWARDS + "/" + id);
    }
}
