package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.EventPublisherContract;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;

/** The event publisher contract on the in-memory store, whose bus delivers as a transaction commits. */
class InMemoryEventPublisherContractTest extends EventPublisherContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }

    @Override
    protected void subscribe(StorePorts subscribed, Consumer<DomainEvent> subscriber) {
        ((InMemoryStore) subscribed).events().subscribe(subscriber);
    }
}
