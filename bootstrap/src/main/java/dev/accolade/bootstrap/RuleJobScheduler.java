package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.leaderboard.ExpireAwardsUseCase;
import dev.accolade.application.rule.RunRuleJobsUseCase;
import java.time.Duration;

/**
 * The thread that runs retroactive rule jobs and the award expiry sweep: every few seconds it claims an open job
 * and runs a round of it, and takes back what a batch of expired awards counted, rounds after rounds while there
 * is work (so an expired award leaves the leaderboards within a period of its expiry). {@link #close()} lets a
 * page in flight finish and must run before the store's pool closes; a job stopped halfway keeps its place in
 * the store and is taken up again after its claim lapses, by this server once restarted or by another.
 */
final class RuleJobScheduler implements AutoCloseable {

    /** How long to wait between rounds that found no job. */
    static final Duration PERIOD = Duration.ofSeconds(5);

    private final RepeatingTask task;

    private RuleJobScheduler(RepeatingTask task) {
        this.task = task;
    }

    /**
     * Starts running jobs and sweeping expired awards at once and then every period, round after round while a job
     * has subjects left or expired awards remain.
     */
    static RuleJobScheduler start(RunRuleJobsUseCase jobs, ExpireAwardsUseCase expiry) {
        requireNonNull(jobs, "jobs");
        requireNonNull(expiry, "expiry");
        return new RuleJobScheduler(RepeatingTask.start("rule-jobs", PERIOD,
                () -> jobs.runRuleJobs() + expiry.expireAwards(), done -> done > 0));
    }

    /** Stops running jobs: waits for a round in flight, then interrupts it. */
    @Override
    public void close() {
        task.close();
    }
}
