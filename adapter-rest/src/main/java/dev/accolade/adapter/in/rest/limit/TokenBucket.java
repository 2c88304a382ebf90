package dev.accolade.adapter.in.rest.limit;

import java.time.Duration;

/**
 * One caller's allowance: up to a burst of requests at once, refilled at a steady rate. Times are
 * nanoseconds from a ticker, so that a test moves time by hand.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double perNano;
    private final double burst;
    private double tokens;
    private long updated;

    /** A full bucket of this rate at this time. */
    TokenBucket(Rate rate, long now) {
        this.perNano = rate.perSecond() / NANOS_PER_SECOND;
        this.burst = rate.burst();
        this.tokens = burst;
        this.updated = now;
    }

    /** Takes one request's token: zero when there was one, else how long until there is. */
    synchronized Duration take(long now) {
        if (perNano == 0) {
            return Duration.ZERO;
        }
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
    }

    /** Gives back a token taken for a request that turned out to be another caller's to pay. */
    synchronized void giveBack(long now) {
        refill(now);
        tokens = Math.min(burst, tokens + 1);
    }

    /** Takes a token, if one is left, for a request already served: a penalty, never a refusal. */
    synchronized void charge(long now) {
        refill(now);
        tokens = Math.max(0, tokens - 1);
    }

    /** How long an untouched bucket takes to fill up from empty: forgetting it then loses nothing. */
    static Duration refillTime(Rate rate) {
        return rate.off() ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(rate.burst() / rate.perSecond()
                * NANOS_PER_SECOND));
    }

    private void refill(long now) {
        long elapsed = now - updated;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perNano);
            updated = now;
        }
    }
}
