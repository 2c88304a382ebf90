package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that runs a task's rounds: at once, then a period after each round, and again at once
 * while a round's count says more is due. A round that fails is logged and tried again after the period.
 * {@link #close()} lets a round in flight finish, waits, then interrupts it.
 */
final class RepeatingTask implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(RepeatingTask.class);

    private final String name;
    private final Duration period;
    private final IntSupplier round;
    private final IntPredicate moreDue;
    private final ScheduledExecutorService thread;

    private RepeatingTask(String name, Duration period, IntSupplier round, IntPredicate moreDue) {
        this.name = requireNonNull(name, "name");
        this.period = requireNonNull(period, "period");
        this.round = requireNonNull(round, "round");
        this.moreDue = requireNonNull(moreDue, "moreDue");
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread worker = new Thread(task, "accolade-" + name);
            worker.setDaemon(true);
            return worker;
        });
    }

    /**
     * Starts the rounds on a thread named {@code accolade-<name>}.
     *
     * @param round one round, answering how many things it handled
     * @param moreDue whether a round that handled this many may have left more, so the next follows at once
     */
    static RepeatingTask start(String name, Duration period, IntSupplier round, IntPredicate moreDue) {
        RepeatingTask task = new RepeatingTask(name, period, round, moreDue);
        task.thread.scheduleWithFixedDelay(task::rounds, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return task;
    }

    private void rounds() {
        try {
            int handled;
            do {
                handled = round.getAsInt();
                if (handled > 0) {
                    LOG.debug("{}: {} handled in one round", name, handled);
                }
            } while (moreDue.test(handled) && !thread.isShutdown());
        } catch (RuntimeException failure) {
            LOG.warn("A round of {} failed; trying again in {} s", name, period.toSeconds(), failure);
        }
    }

    /** Stops the rounds: waits for a round in flight, then interrupts it. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
                if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("The {} thread did not stop within {} s", name, 2 * STOP_WAIT.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
