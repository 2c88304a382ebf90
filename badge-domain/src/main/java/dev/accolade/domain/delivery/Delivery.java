package dev.accolade.domain.delivery;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.WebUrl;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the outbox: a JSON body to POST to a target URL, written in the same transaction as the
 * change it reports, then sent, retried and finally marked delivered or failed by the dispatcher.
 *
 * @param id the delivery id, sent as {@code Accolade-Delivery} so that receivers can deduplicate
 * @param source why it is sent: an offer's callback or a webhook endpoint's event
 * @param target where the body is POSTed
 * @param body the JSON body, sent byte for byte as signed
 * @param attempts how many times it was sent since it was written or last redelivered
 * @param createdAt when the delivery was written
 * @param retryFrom when its 24 hours of retries began: when it was written, or last redelivered
 * @param nextAttemptAt when it is due next, while pending
 * @param status pending, delivered or failed
 * @param lastError why the last attempt failed, without secrets
 */
public record Delivery(long id, DeliverySource source, WebUrl target, String body, int attempts, Instant createdAt,
        Instant retryFrom, Instant nextAttemptAt, DeliveryStatus status, Optional<String> lastError) {

    /** The longest last error kept. */
    public static final int MAX_ERROR_LENGTH = 500;

    /** Checks the parts. */
    public Delivery {
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(body, "body");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(retryFrom, "retryFrom");
        requireNonNull(nextAttemptAt, "nextAttemptAt");
        requireNonNull(status, "status");
        requireNonNull(lastError, "lastError");
        if (id < 1 || attempts < 0) {
            throw new IllegalArgumentException("a delivery needs a positive id and a non-negative attempt count");
        }
        lastError = lastError.map(error -> error.length() > MAX_ERROR_LENGTH
                ? error.substring(0, MAX_ERROR_LENGTH) : error);
    }

    /** A new delivery, due at once. */
    public static Delivery pending(long id, DeliverySource source, WebUrl target, String body, Instant now) {
        return new Delivery(id, source, target, body, 0, now, now, now, DeliveryStatus.PENDING, Optional.empty());
    }

    /** This delivery claimed by a dispatcher: not due again before the lease ends. */
    public Delivery leasedUntil(Instant until) {
        return new Delivery(id, source, target, body, attempts, createdAt, retryFrom, until, status, lastError);
    }

    /** This delivery received by its target. */
    public Delivery delivered() {
        return new Delivery(id, source, target, body, attempts + 1, createdAt, retryFrom, nextAttemptAt,
                DeliveryStatus.DELIVERED, Optional.empty());
    }

    /** This delivery failed once, to be tried again at a later time. */
    public Delivery retryAt(Instant next, String error) {
        return new Delivery(id, source, target, body, attempts + 1, createdAt, retryFrom, next,
                DeliveryStatus.PENDING, Optional.of(error));
    }

    /** This delivery given up after a failure. */
    public Delivery failed(String error) {
        return new Delivery(id, source, target, body, attempts + 1, createdAt, retryFrom, nextAttemptAt,
                DeliveryStatus.FAILED, Optional.of(error));
    }

    /**
     * This delivery queued again by hand, with the same id and body: due at once, with a fresh count of
     * attempts and 24 hours of retries from now. The last error is kept until the next attempt.
     */
    public Delivery redeliver(Instant now) {
        return new Delivery(id, source, target, body, 0, createdAt, now, now, DeliveryStatus.PENDING, lastError);
    }
}
