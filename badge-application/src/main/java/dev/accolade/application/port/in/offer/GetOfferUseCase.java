package dev.accolade.application.port.in.offer;

import dev.accolade.domain.offer.Offer;

/** Reads an offer: its issuer, the member it reached, and the operator may. */
public interface GetOfferUseCase {

    /** The offer, or {@code offer_not_found}. */
    Offer getOffer(OfferReference query);
}
