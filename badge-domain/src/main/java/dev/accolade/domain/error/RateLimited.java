package dev.accolade.domain.error;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * A refusal to serve now that says when to try again: a caller over its request rate ({@code rate_limited}),
 * or sign-ins slowed down after failures ({@code sign_in_throttled}). Nothing was done.
 */
public final class RateLimited extends DomainException {

    /** The code of a request over its caller's rate. */
    public static final String RATE_LIMITED = "rate_limited";
    /** The code of a sign-in refused before its password was checked, after too many failures. */
    public static final String SIGN_IN_THROTTLED = "sign_in_throttled";

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** A refusal with this code and message, to be tried again after this wait (rounded up to whole seconds). */
    public RateLimited(String code, String message, Duration retryAfter) {
        super(ErrorCategory.TOO_MANY_REQUESTS, code, message);
        requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("a wait cannot be negative");
        }
        this.retryAfter = retryAfter;
    }

    /** A request over its caller's rate, which may be sent again after the wait. */
    public static RateLimited requests(Duration retryAfter) {
        return new RateLimited(RATE_LIMITED, "Too many requests; send this one again in "
                + secondsOf(retryAfter) + " s.", retryAfter);
    }

    /** A sign-in refused after too many failures, before its password was checked. */
    public static RateLimited signIn(Duration retryAfter) {
        return new RateLimited(SIGN_IN_THROTTLED, "Too many failed sign-ins; try again in "
                + secondsOf(retryAfter) + " s.", retryAfter);
    }

    /** How long to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up and at least one, as {@code Retry-After} gives it. */
    public long retryAfterSeconds() {
        return secondsOf(retryAfter);
    }

    private static long secondsOf(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
