package dev.accolade.application.offer;

import dev.accolade.domain.offer.Offer;

/** Reads an offer: its issuer and the operator in full, the member it reached without the callback. */
public interface GetOfferUseCase {

    /** The offer, or {@code offer_not_found}. */
    Offer getOffer(OfferReference query);
}
