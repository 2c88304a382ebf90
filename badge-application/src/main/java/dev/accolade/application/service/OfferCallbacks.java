package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.Delivery;
import dev.accolade.application.port.out.StorePorts;
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
        String body = "{\"offer_id\":" + offer.id().value() + ",\"decision\":\"" + decision + "\",\"time\":\""
                + now + "\",\"callback_token\":\"" + jsonText(callback.get().token()) + "\"}";
        store.deliveries().insert(Delivery.pending(store.ids().nextId(), offer.id(), callback.get().url(), body,
                now));
    }

    private static String jsonText(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
