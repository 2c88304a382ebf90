package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferCallback;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes the callback of an answered offer to the outbox, inside the caller's transaction, so that the
 * answer and its notification commit together or not at all.
 */
final class OfferCallbacks {

    private final StorePorts store;

    OfferCallbacks(StorePorts store) {
        this.store = requireNonNull(store, "store");
    }

    /** Adds a delivery of the decision when the offer has a callback URL; nothing otherwise. */
    void answered(Offer offer, String decision, Instant now) {
        Optional<OfferCallback> callback = offer.callback();
        if (callback.isEmpty()) {
            return;
        }
        String body = new JsonObjectText().put("offer_id", offer.id().value()).put("decision", decision)
                .put("time", now).put("callback_token", callback.get().token()).text();
        store.deliveries().insert(Delivery.pending(store.ids().nextId(), new DeliverySource.Callback(offer.id()),
                callback.get().url(), body, now));
    }
}
