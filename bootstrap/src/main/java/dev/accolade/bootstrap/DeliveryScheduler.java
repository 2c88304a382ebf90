package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.delivery.DispatchDeliveriesUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryScheduler.class);

    private final ScheduledExecutorService thread;
    private final DispatchDeliveriesUseCase dispatcher;

    private DeliveryScheduler(DispatchDeliveriesUseCase dispatcher) {
        this.dispatcher = requireNonNull(dispatcher, "dispatcher");
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread worker = new Thread(task, "accolade-deliveries");
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Starts dispatching at once and then every period. */
    static DeliveryScheduler start(DispatchDeliveriesUseCase dispatcher) {
        DeliveryScheduler scheduler = new DeliveryScheduler(dispatcher);
        scheduler.thread.scheduleWithFixedDelay(scheduler::round, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }

    private void round() {
        try {
            int sent;
            do {
                sent = dispatcher.dispatchDue();
                if (sent > 0) {
                    LOG.debug("Dispatched {} deliveries", sent);
                }
            } while (sent >= FULL_ROUND && !thread.isShutdown());
        } catch (RuntimeException failure) {
            LOG.warn("Dispatching deliveries failed; trying again in {} s", PERIOD.toSeconds(), failure);
        }
    }

    /**
     * Stops dispatching: waits for a round in flight to finish; if it is still sending after the wait, it
     * is interrupted, finishes the send in flight (at most 10 s) and leaves the rest of its claim to be
     * sent after the lease, by this server once restarted or by another.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
                if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("The delivery thread did not stop within {} s", 2 * STOP_WAIT.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
