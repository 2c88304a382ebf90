package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.offer.Offer;

/** What giving a template to a recipient should do, as {@link GrantPolicy} decides it. */
public sealed interface GrantDecision {

    /** Make the award now. */
    record AwardNow() implements GrantDecision {
    }

    /** Make an offer that waits for the recipient's acceptance. */
    record OfferNow() implements GrantDecision {
    }

    /**
     * Nothing: the recipient already holds this non-repeatable template.
     *
     * @param award the award the recipient holds
     */
    record AlreadyHeld(Award award) implements GrantDecision {

        /** Checks the award is present. */
        public AlreadyHeld {
            requireNonNull(award, "award");
        }
    }

    /**
     * Nothing new: an offer of this non-repeatable template already waits for the recipient.
     *
     * @param offer the pending offer
     */
    record AlreadyOffered(Offer offer) implements GrantDecision {

        /** Checks the offer is present. */
        public AlreadyOffered {
            requireNonNull(offer, "offer");
        }
    }
}
