package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.delivery.DispatchDeliveriesUseCase;
import java.time.Duration;

/**
 * The thread that sends the outbox: every second it dispatches what is due, round after round while
 * rounds come back full. {@link #close()} lets a round in flight finish, or stop after its current send,
 * and must run
 * before the store's pool closes. Every server instance runs one; the store keeps them from sending one
 * delivery at the same time.
 */
final class DeliveryScheduler implements AutoCloseable {

    /** How long to wait between rounds that found nothing more to do. */
    static final Duration PERIOD = Duration.ofSeconds(1);
    /** A round that sent this many may have left more due, so the next follows at once. */
    static final int FULL_ROUND = 20;

    private final RepeatingTask task;

    private DeliveryScheduler(RepeatingTask task) {
        this.task = task;
    }

    /** Starts dispatching at once and then every period. */
    static DeliveryScheduler start(DispatchDeliveriesUseCase dispatcher) {
        requireNonNull(dispatcher, "dispatcher");
        return new DeliveryScheduler(RepeatingTask.start("deliveries", PERIOD, dispatcher::dispatchDue,
                sent -> sent >= FULL_ROUND));
    }

    /**
     * Stops dispatching: waits for a round in flight to finish; if it is still sending after the wait, it
     * is interrupted, finishes the send in flight (at most 10 s) and leaves the rest of its claim to be
     * sent after the lease, by this server once restarted or by another.
     */
    @Override
    public void close() {
        task.close();
    }
}
