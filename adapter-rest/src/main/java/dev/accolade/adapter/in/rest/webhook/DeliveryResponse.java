package dev.accolade.adapter.in.rest.webhook;

import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.delivery.DeliveryStatus;
import java.util.Locale;

/**
 * One entry of a webhook endpoint's delivery log.
 *
 * @param id the delivery's id, sent as {@code Accolade-Delivery}
 * @param event the event it reports
 * @param status pending, delivered or failed
 * @param attempts how many times it was sent since it was written or last redelivered
 * @param createdAt when it was written, ISO-8601 in UTC
 * @param nextAttemptAt when it is sent next, while pending; otherwise null
 * @param lastError why the last attempt failed, if it did
 * @param body the JSON body it sends, exactly as signed
 */
public record DeliveryResponse(long id, String event, String status, int attempts, String createdAt,
        String nextAttemptAt, String lastError, String body) {

    /** The response for a webhook delivery. */
    public static DeliveryResponse from(Delivery delivery) {
        DeliverySource.Webhook source = (DeliverySource.Webhook) delivery.source();
        boolean pending = delivery.status() == DeliveryStatus.PENDING;
        return new DeliveryResponse(delivery.id(), source.event().wireName(),
                delivery.status().name().toLowerCase(Locale.ROOT), delivery.attempts(),
                delivery.createdAt().toString(), pending ? delivery.nextAttemptAt().toString() : null,
                delivery.lastError().orElse(null), delivery.body());
    }
}
