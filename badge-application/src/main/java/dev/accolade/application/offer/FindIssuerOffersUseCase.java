package dev.accolade.application.offer;

import dev.accolade.application.paging.Page;
import dev.accolade.domain.offer.Offer;

/** Lists the offers an issuer made, newest first. */
public interface FindIssuerOffersUseCase {

    /** One page of offers. */
    Page<Offer> findIssuerOffers(FindIssuerOffersQuery query);
}
