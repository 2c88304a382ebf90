package dev.accolade.adapter.out.memory.usecase;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.usecase.ApiKeyUseCasesTest;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;

/** The API key use-case suite on the in-memory store. */
class InMemoryApiKeyUseCasesTest extends ApiKeyUseCasesTest {

    @Override
    protected StorePorts newStore() {
        return InMemoryUseCases.newStore();
    }

    @Override
    protected void subscribe(StorePorts store, Consumer<DomainEvent> subscriber) {
        InMemoryUseCases.subscribe(store, subscriber);
    }
}
