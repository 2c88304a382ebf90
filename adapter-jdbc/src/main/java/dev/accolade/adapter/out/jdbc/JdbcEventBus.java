package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.domain.event.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers the events of a unit of work to this process's subscribers once the unit has committed, in
 * publication order, and drops them when it rolls back. Deliveries that must survive a crash or reach
 * other processes go through a transactional outbox instead (docs/decisions.md).
 */
public final class JdbcEventBus implements EventPublisherPort {

    private final JdbiTransactions transactions;
    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

    JdbcEventBus(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    /** Adds a subscriber that receives every committed event from now on. */
    public void subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void publish(DomainEvent event) {
        transactions.current().afterCommit(() -> subscribers.forEach(subscriber -> subscriber.accept(event)));
    }
}
