package dev.accolade.domain.rule;

import dev.accolade.domain.error.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The events one call records, checked as a whole before any is written: 1 to {@link #MAX_EVENTS}, no id
 * twice, none more than {@link #CLOCK_SKEW} ahead of the clock.
 *
 * @param events the events, in the order given
 */
public record EventBatch(List<MetricEvent> events) {

    /** The most events one batch takes. */
    public static final int MAX_EVENTS = 1000;
    /** How far ahead of the clock an event may say it happened. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Checks the batch's size and that no id is repeated. */
    public EventBatch {
        checkSize(events == null ? 0 : events.size());
        events = List.copyOf(events);
        Set<String> ids = new HashSet<>();
        for (MetricEvent event : events) {
            if (!ids.add(event.id())) {
                throw DomainException.invalid("event_id_repeated", "The event id " + event.id()
                        + " appears more than once in the batch.");
            }
        }
    }

    /** A batch of these events as recorded at {@code now}: none may lie further ahead than the skew. */
    public static EventBatch of(List<MetricEvent> events, Instant now) {
        EventBatch batch = new EventBatch(events);
        Instant latest = now.plus(CLOCK_SKEW);
        for (MetricEvent event : batch.events) {
            if (event.occurredAt().isAfter(latest)) {
                throw DomainException.invalid("event_in_future", "The event " + event.id()
                        + " occurred more than " + CLOCK_SKEW.toMinutes() + " minutes in the future.");
            }
        }
        return batch;
    }

    /** Refuses a batch of no events ({@code events_empty}) or too many ({@code events_too_many}). */
    public static void checkSize(int size) {
        if (size == 0) {
            throw DomainException.invalid("events_empty", "A batch holds at least one event.");
        }
        if (size > MAX_EVENTS) {
            throw DomainException.invalid("events_too_many", "A batch holds at most " + MAX_EVENTS + " events.");
        }
    }
}
