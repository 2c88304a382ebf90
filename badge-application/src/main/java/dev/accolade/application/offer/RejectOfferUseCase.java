package dev.accolade.application.offer;

import dev.accolade.domain.offer.Offer;

/** The member an offer reached declines it. */
public interface RejectOfferUseCase {

    /** The rejected offer; {@code offer_already_answered} the second time. */
    Offer rejectOffer(OfferReference command);
}
