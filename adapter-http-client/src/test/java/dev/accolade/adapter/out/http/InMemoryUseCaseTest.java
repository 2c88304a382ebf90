package dev.accolade.adapter.out.http;

import dev.accolade.adapter.out.memory.InMemoryStore;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.usecase.UseCaseTest;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;

/** The use-case fixtures on the in-memory store, for the dispatch tests of this module. */
abstract class InMemoryUseCaseTest extends UseCaseTest {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }

    @Override
    protected void subscribe(StorePorts store, Consumer<DomainEvent> subscriber) {
        ((InMemoryStore) store).events().subscribe(subscriber);
    }
}
