package dev.accolade.application.rule;

/** Runs the retroactive awarding jobs, a round at a time, as a server's background thread does. */
public interface RunRuleJobsUseCase {

    /**
     * Claims an open job and examines a round of its subjects, awarding those whose stored history meets the
     * rule; how many subjects it examined, 0 when no job was open.
     */
    int runRuleJobs();
}
