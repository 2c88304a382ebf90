package dev.accolade.application.offer;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.offer.OfferStatus;
import jakarta.validation.constraints.NotNull;

/**
 * List the offers that reached the signed-in member.
 *
 * @param actor the member
 * @param status only this status, or null for any
 * @param created only offers made within this window, or null for any time
 * @param page which page
 */
public record FindRecipientOffersQuery(@NotNull Actor actor, OfferStatus status, TimeWindow created,
        @NotNull PageRequest page) {
}
