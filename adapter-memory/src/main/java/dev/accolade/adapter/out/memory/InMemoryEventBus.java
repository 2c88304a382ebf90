package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.domain.event.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers events to in-process subscribers once the transaction that published them commits;
 * a rolled-back transaction's events are never delivered. A failing subscriber does not stop the others.
 */
public final class InMemoryEventBus implements EventPublisherPort {

    private static final System.Logger LOG = System.getLogger(InMemoryEventBus.class.getName());

    private final InMemoryDatabase database;
    private final List<Consumer<? super DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

    InMemoryEventBus(InMemoryDatabase database) {
        this.database = database;
    }

    /** Adds a subscriber that receives every committed event, in publication order. */
    public void subscribe(Consumer<? super DomainEvent> subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void publish(DomainEvent event) {
        database.afterCommit(() -> subscribers.forEach(subscriber -> deliver(subscriber, event)));
    }

    private static void deliver(Consumer<? super DomainEvent> subscriber, DomainEvent event) {
        try {
            subscriber.accept(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "An event subscriber failed on " + event.getClass().getSimpleName(), e);
        }
    }
}
