package dev.accolade.application.offer;

import dev.accolade.application.paging.Page;
import dev.accolade.domain.offer.Offer;

/** Lists the offers that reached a member, newest first, without their callbacks. */
public interface FindRecipientOffersUseCase {

    /** One page of offers. */
    Page<Offer> findRecipientOffers(FindRecipientOffersQuery query);
}
