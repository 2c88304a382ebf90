package dev.accolade.adapter.out.http;

import java.time.Duration;

/**
 * The bounds of one download.
 *
 * @param connectTimeout the longest wait for a connection to open
 * @param totalTimeout the longest time for the whole download, redirects and name lookups included
 * @param maxRedirects the most redirects followed
 */
public record FetchLimits(Duration connectTimeout, Duration totalTimeout, int maxRedirects) {

    /** The production bounds: 2 s to connect, 10 s in all, 3 redirects. */
    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(10), 3);

    /** Checks the bounds are positive. */
    public FetchLimits {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                || totalTimeout == null || totalTimeout.isNegative() || totalTimeout.isZero() || maxRedirects < 0) {
            throw new IllegalArgumentException("timeouts are positive and the redirect limit is not negative");
        }
    }
}
