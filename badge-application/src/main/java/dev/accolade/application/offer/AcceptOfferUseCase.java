package dev.accolade.application.offer;

import dev.accolade.domain.award.AwardOutcome;

/** The member an offer reached accepts it, which makes the award. */
public interface AcceptOfferUseCase {

    /** {@code Awarded}, or {@code AlreadyAwarded} when the member already holds a non-repeatable template. */
    AwardOutcome acceptOffer(OfferReference command);
}
