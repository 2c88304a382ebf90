package dev.accolade.application.offer;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.offer.OfferStatus;
import jakarta.validation.constraints.NotNull;

/**
 * List the offers of an issuer's templates.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer
 * @param status only this status, or null for any
 * @param created only offers made within this window, or null for any time
 * @param page which page
 */
public record FindIssuerOffersQuery(@NotNull Actor actor, @NotNull IssuerId issuer, OfferStatus status,
        TimeWindow created, @NotNull PageRequest page) {
}
