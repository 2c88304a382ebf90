package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.offer.Offer;

/** What awarding did: an award was made, an offer waits for the recipient, or nothing was needed. */
public sealed interface AwardOutcome {

    /**
     * The award was made.
     *
     * @param award the new award
     */
    record Awarded(Award award) implements AwardOutcome {

        /** Checks the award is present. */
        public Awarded {
            requireNonNull(award, "award");
        }
    }

    /**
     * The template needs the recipient's acceptance, so an offer waits.
     *
     * @param offer the pending offer
     */
    record Offered(Offer offer) implements AwardOutcome {

        /** Checks the offer is present. */
        public Offered {
            requireNonNull(offer, "offer");
        }
    }

    /**
     * The template is not repeatable and the recipient already holds it; nothing changed.
     *
     * @param award the award the recipient already holds
     */
    record AlreadyAwarded(Award award) implements AwardOutcome {

        /** Checks the award is present. */
        public AlreadyAwarded {
            requireNonNull(award, "award");
        }
    }
}
