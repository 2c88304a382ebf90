package dev.accolade.adapter.out.http;

import java.time.Duration;

/**
 * The moment a download must be done by, on the monotonic clock; every blocking step waits at most
 * the time that is left.
 *
 * @param endNanos the {@link System#nanoTime()} value at which the time runs out
 * @param host the host named in the timeout's message
 */
record Deadline(long endNanos, String host) {

    /** The deadline that lies a duration from now. */
    static Deadline after(Duration total, String host) {
        return new Deadline(System.nanoTime() + total.toNanos(), host);
    }

    /** The whole milliseconds left, at least 1; the timeout refusal when none are. */
    int remainingMillis() {
        long left = endNanos - System.nanoTime();
        if (left <= 0) {
            throw FetchErrors.timeout(host);
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000));
    }

    /** The same moment, naming another host. */
    Deadline naming(String otherHost) {
        return new Deadline(endNanos, otherHost);
    }
}
