package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.rule.RunRuleJobsUseCase;
import java.time.Duration;

/**
 * The thread that runs retroactive rule jobs: every few seconds it claims an open job and runs rounds of it while
 * there is work. {@link #close()} lets a page in flight finish and must run before the store's pool closes; a job
 * stopped halfway keeps its place in the store and is taken up again after its claim lapses, by this server once
 * restarted or by another.
 */
final class RuleJobScheduler implements AutoCloseable {

    /** How long to wait between rounds that found no job. */
    static final Duration PERIOD = Duration.ofSeconds(5);

    private final RepeatingTask task;

    private RuleJobScheduler(RepeatingTask task) {
        this.task = task;
    }

    /** Starts running jobs at once and then every period, round after round while a job has subjects left. */
    static RuleJobScheduler start(RunRuleJobsUseCase jobs) {
        requireNonNull(jobs, "jobs");
        return new RuleJobScheduler(RepeatingTask.start("rule-jobs", PERIOD, jobs::runRuleJobs,
                examined -> examined > 0));
    }

    /** Stops running jobs: waits for a round in flight, then interrupts it. */
    @Override
    public void close() {
        task.close();
    }
}
