package dev.accolade.application.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff with full jitter, a random delay between
 * zero and 30 s doubled per attempt, capped at 1 h; none once 24 h have passed since it was written.
 */
final class RetrySchedule {

    static final Duration BASE = Duration.ofSeconds(30);
    static final Duration CAP = Duration.ofHours(1);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private final DoubleSupplier jitter;

    /** A schedule drawing each delay's fraction of its ceiling, in [0, 1], from {@code jitter}. */
    RetrySchedule(DoubleSupplier jitter) {
        this.jitter = jitter;
    }

    /** The ceiling of the delay after a number of failed attempts (1 for the first). */
    static Duration ceiling(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration delay = BASE.multipliedBy(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    /** The next attempt after this many failures, or empty when the delivery is to be given up. */
    Optional<Instant> next(Instant createdAt, Instant now, int failedAttempts) {
        double fraction = Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
        long millis = Math.round(ceiling(failedAttempts).toMillis() * fraction);
        Instant next = now.plusMillis(millis);
        return next.isAfter(createdAt.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
    }
}
