package dev.accolade.domain.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * How many deliveries of one kind stand in one status and, for pending ones, since when the one that
 * has waited longest is waiting: the start of its retry window (when it was written, or redelivered by hand).
 *
 * @param kind callback or webhook
 * @param status pending, delivered or failed
 * @param count how many there are, at least one
 * @param waitingSince for pending deliveries, the earliest start of a retry window; empty for the others
 */
public record DeliveryTally(DeliverySource.Kind kind, DeliveryStatus status, long count,
        Optional<Instant> waitingSince) {

    /** Checks every part: a positive count, and a waiting time exactly for pending deliveries. */
    public DeliveryTally {
        requireNonNull(kind, "kind");
        requireNonNull(status, "status");
        requireNonNull(waitingSince, "waitingSince");
        if (count < 1) {
            throw new IllegalArgumentException("a tally counts at least one delivery");
        }
        if (waitingSince.isPresent() != (status == DeliveryStatus.PENDING)) {
            throw new IllegalArgumentException("only pending deliveries are waiting");
        }
    }
}
