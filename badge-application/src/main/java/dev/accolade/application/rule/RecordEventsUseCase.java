package dev.accolade.application.rule;

/** Records a batch of an issuer's events, each id once ever, and awards the rules they meet. */
public interface RecordEventsUseCase {

    /** Which events were recorded, which were duplicates, and the awards made. */
    RecordedEvents recordEvents(RecordEventsCommand command);
}
