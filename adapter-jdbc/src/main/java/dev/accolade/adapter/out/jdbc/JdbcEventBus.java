package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.domain.event.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the events of a unit of work to this process's subscribers once the unit has committed and
 * given its connection back, in publication order, and drops them when it rolls back. Deliveries that
 * must survive a crash or reach other processes go through a transactional outbox instead
 * (docs/decisions.md).
 */
public final class JdbcEventBus implements EventPublisherPort {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventBus.class);

    private final JdbiTransactions transactions;
    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

    JdbcEventBus(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    /** Adds a subscriber that receives every committed event from now on. */
    public void subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(subscriber);
    }

    /** Queues the event for after the commit, or delivers it at once outside a unit that may write. */
    @Override
    public void publish(DomainEvent event) {
        Runnable delivery = () -> subscribers.forEach(subscriber -> deliver(subscriber, event));
        if (transactions.isWriting()) {
            transactions.current().afterCommit(delivery);
        } else {
            delivery.run();
        }
    }

    /** Hands one event to one subscriber; a failing subscriber is logged and keeps no one else from theirs. */
    private static void deliver(Consumer<DomainEvent> subscriber, DomainEvent event) {
        try {
            subscriber.accept(event);
        } catch (RuntimeException failure) {
            LOG.warn("An event subscriber failed on {}", event.getClass().getSimpleName(), failure);
        }
    }
}
