package dev.accolade.adapter.in.rest;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long the server waits for its clients, and for itself when it stops.
 *
 * @param headers how long a request's headers may take to arrive, from its first byte
 * @param body how long a request's body may keep arriving once its headers are in
 * @param idle how long a connection may stay silent, between requests or within one, before it is closed
 * @param drainDelay how long, once stopping starts, {@code /health} reports draining while requests are
 *     still accepted, so that a load balancer moves away before the listening socket closes
 * @param drainTimeout how long requests in flight, bodies still arriving included, may take to finish
 *     once the server stops accepting; what remains then is cut off
 */
public record Deadlines(Duration headers, Duration body, Duration idle, Duration drainDelay, Duration drainTimeout) {

    /** Ten seconds for headers, thirty for a body or a silence, no drain delay and twenty seconds to drain. */
    public static final Deadlines DEFAULT = new Deadlines(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(20));

    /** Checks every part: the waits are positive, the drain delay is not negative. */
    public Deadlines {
        positive(headers, "headers");
        positive(body, "body");
        positive(idle, "idle");
        positive(drainTimeout, "drainTimeout");
        requireNonNull(drainDelay, "drainDelay");
        if (drainDelay.isNegative()) {
            throw new IllegalArgumentException("the drain delay cannot be negative");
        }
    }

    /** These deadlines with another drain delay. */
    public Deadlines withDrainDelay(Duration delay) {
        return new Deadlines(headers, body, idle, delay, drainTimeout);
    }

    private static void positive(Duration wait, String name) {
        requireNonNull(wait, name);
        if (wait.isNegative() || wait.isZero()) {
            throw new IllegalArgumentException("the " + name + " deadline must be positive");
        }
    }
}
