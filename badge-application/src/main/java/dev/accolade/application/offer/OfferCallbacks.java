package dev.accolade.application.offer;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.shared.JsonObjectText;
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

    private final IdGeneratorPort ids;
    private final DeliveryRepository deliveries;

    OfferCallbacks(IdGeneratorPort ids, DeliveryRepository deliveries) {
        this.ids = requireNonNull(ids, "ids");
        this.deliveries = requireNonNull(deliveries, "deliveries");
    }

    /** Adds a delivery of the decision when the offer has a callback URL; nothing otherwise. */
    void answered(Offer offer, String decision, Instant now) {
        Optional<OfferCallback> callback = offer.callback();
        if (callback.isEmpty()) {
            return;
        }
        String body = new JsonObjectText().put("offer_id", offer.id().value()).put("decision", decision)
                .put("time", now).put("callback_token", callback.get().token()).text();
        deliveries.insert(Delivery.pending(ids.nextId(), new DeliverySource.Callback(offer.id()),
                callback.get().url(), body, now));
    }
}
