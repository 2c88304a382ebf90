package dev.accolade.application.offer;

import dev.accolade.domain.offer.Offer;

/** The issuer withdraws a pending offer. */
public interface CancelOfferUseCase {

    /** The cancelled offer; {@code offer_already_answered} when it was answered. */
    Offer cancelOffer(OfferReference command);
}
