package dev.accolade.domain.event;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;

/**
 * An offer was made and waits for its recipient.
 *
 * @param offer what the event is about, as it is after the change
 * @param occurredAt when it happened
 */
public record OfferCreated(Offer offer, Instant occurredAt) implements DomainEvent {

    /** Checks both parts are present. */
    public OfferCreated {
        requireNonNull(offer, "offer");
        requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public IssuerId issuer() {
        return offer.issuer();
    }
}
