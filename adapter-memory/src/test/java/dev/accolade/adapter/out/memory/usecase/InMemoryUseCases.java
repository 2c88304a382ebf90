package dev.accolade.adapter.out.memory.usecase;

import dev.accolade.adapter.out.memory.InMemoryStore;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;

/** How the use-case suites reach the in-memory store. */
final class InMemoryUseCases {

    private InMemoryUseCases() {
    }

    static StorePorts newStore() {
        return new InMemoryStore();
    }

    static void subscribe(StorePorts store, Consumer<DomainEvent> subscriber) {
        ((InMemoryStore) store).events().subscribe(subscriber);
    }
}
