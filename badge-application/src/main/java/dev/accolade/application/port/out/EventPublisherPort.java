package dev.accolade.application.port.out;

import dev.accolade.domain.event.DomainEvent;
import java.util.List;

/**
 * Announces what happened. Called inside the use case's transaction; the adapter decides delivery
 * (after commit in memory, an outbox row in the same transaction in a database).
 */
public interface EventPublisherPort {

    /** Announces one event. */
    void publish(DomainEvent event);

    /** Announces events in their order, as one {@link #publish} each unless the publisher does better. */
    default void publishAll(List<? extends DomainEvent> events) {
        events.forEach(this::publish);
    }
}
