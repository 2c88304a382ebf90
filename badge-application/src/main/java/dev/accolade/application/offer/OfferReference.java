package dev.accolade.application.offer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.offer.OfferId;
import jakarta.validation.constraints.NotNull;

/**
 * Address one offer: to read, accept, reject or cancel it.
 *
 * @param actor who asks
 * @param offer the offer
 */
public record OfferReference(@NotNull Actor actor, @NotNull OfferId offer) {
}
