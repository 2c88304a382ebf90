package dev.accolade.adapter.in.rest.observe;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the server has begun to stop, and whether anything watches its health: a load balancer that
 * probes {@code /health} needs the drain delay to see the server draining and move away; with nobody
 * probing, the delay would only keep an operator waiting.
 */
public final class Draining {

    /** How recent a probe must be for the server to count as watched. */
    public static final Duration WATCHED_WITHIN = Duration.ofMinutes(1);

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicLong lastProbe = new AtomicLong(Long.MIN_VALUE);

    /** From now on the server reports draining. */
    public void start() {
        started.set(true);
    }

    /** Whether the server has begun to stop. */
    public boolean started() {
        return started.get();
    }

    /** Notes a health probe. */
    public void probed() {
        lastProbe.set(System.nanoTime());
    }

    /** Whether {@code /health} was probed within {@link #WATCHED_WITHIN}. */
    public boolean watched() {
        long last = lastProbe.get();
        return last != Long.MIN_VALUE && System.nanoTime() - last <= WATCHED_WITHIN.toNanos();
    }
}
