package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.rule.RunRuleJobsUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that runs retroactive rule jobs: every few seconds it claims an open job and runs rounds of it while
 * there is work. {@link #close()} lets a page in flight finish and must run before the store's pool closes; a job
 * stopped halfway keeps its place in the store and is taken up again after its claim lapses, by this server once
 * restarted or by another.
 */
final class RuleJobScheduler implements AutoCloseable {

    /** How long to wait between rounds that found no job. */
    static final Duration PERIOD = Duration.ofSeconds(5);

    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(RuleJobScheduler.class);

    private final ScheduledExecutorService thread;
    private final RunRuleJobsUseCase jobs;

    private RuleJobScheduler(RunRuleJobsUseCase jobs) {
        this.jobs = requireNonNull(jobs, "jobs");
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread worker = new Thread(task, "accolade-rule-jobs");
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Starts running jobs at once and then every period. */
    static RuleJobScheduler start(RunRuleJobsUseCase jobs) {
        RuleJobScheduler scheduler = new RuleJobScheduler(jobs);
        scheduler.thread.scheduleWithFixedDelay(scheduler::round, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }

    private void round() {
        try {
            int examined;
            do {
                examined = jobs.runRuleJobs();
                if (examined > 0) {
                    LOG.debug("Examined {} subjects for retroactive rules", examined);
                }
            } while (examined > 0 && !thread.isShutdown());
        } catch (RuntimeException failure) {
            LOG.warn("Running rule jobs failed; trying again in {} s", PERIOD.toSeconds(), failure);
        }
    }

    /** Stops running jobs: waits for a round in flight, then interrupts it. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
                if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("The rule job thread did not stop within {} s", 2 * STOP_WAIT.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
