package dev.accolade.application.rule;

/** The rules feature: issuers' events counted per subject and metric, awarding templates whose rules they meet. */
public interface Rules extends RecordEventsUseCase, GetProgressUseCase {
}
