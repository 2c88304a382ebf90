package dev.accolade.application.rule;

/**
 * The rules feature: issuers' events counted per subject and metric, awarding templates whose rules they meet, as
 * events arrive and retroactively when a rule goes live.
 */
public interface Rules extends RecordEventsUseCase, GetProgressUseCase, GetRuleUseCase, RunRuleJobsUseCase {
}
