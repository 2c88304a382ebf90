package dev.accolade.adapter.in.rest;

import static java.util.Objects.requireNonNull;

/**
 * How the HTTP server listens, whom it lets act as the operator, and how long it waits for clients.
 *
 * @param host the address to bind, such as {@code 0.0.0.0}
 * @param port the port; 0 picks a free one
 * @param adminToken the operator's credential, compared in constant time, never logged
 * @param publicUrl the base URL clients reach the server at, which links to credentials derive from
 * @param deadlines how long requests may take to arrive and the server to drain
 * @param rateLimits how many requests the server takes from one caller
 */
public record RestSettings(String host, int port, String adminToken, String publicUrl, Deadlines deadlines,
        RateLimits rateLimits) {

    /** Checks every part. */
    public RestSettings {
        requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port lies between 0 and 65535");
        }
        if (adminToken == null || adminToken.length() < 16) {
            throw new IllegalArgumentException("the admin token needs at least 16 characters");
        }
        requireNonNull(publicUrl, "publicUrl");
        requireNonNull(deadlines, "deadlines");
        requireNonNull(rateLimits, "rateLimits");
    }

    /** Settings with these deadlines and the default rate limits. */
    public RestSettings(String host, int port, String adminToken, String publicUrl, Deadlines deadlines) {
        this(host, port, adminToken, publicUrl, deadlines, RateLimits.DEFAULT);
    }

    /** Settings with the default deadlines and rate limits. */
    public RestSettings(String host, int port, String adminToken, String publicUrl) {
        this(host, port, adminToken, publicUrl, Deadlines.DEFAULT);
    }

    /** Settings whose public URL is this machine on the given port. */
    public RestSettings(String host, int port, String adminToken) {
        this(host, port, adminToken, "http://localhost:" + port);
    }

    /** These settings with other deadlines. */
    public RestSettings withDeadlines(Deadlines other) {
        return new RestSettings(host, port, adminToken, publicUrl, other, rateLimits);
    }

    /** These settings with other rate limits. */
    public RestSettings withRateLimits(RateLimits other) {
        return new RestSettings(host, port, adminToken, publicUrl, deadlines, other);
    }

    @Override
    public String toString() {
        return "RestSettings[host=" + host + ", port=" + port + ", publicUrl=" + publicUrl + ", deadlines="
                + deadlines + ", rateLimits=" + rateLimits + "]";
    }
}
