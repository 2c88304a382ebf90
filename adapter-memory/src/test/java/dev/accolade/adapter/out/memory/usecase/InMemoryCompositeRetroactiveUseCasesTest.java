package dev.accolade.adapter.out.memory.usecase;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.usecase.CompositeRetroactiveUseCasesTest;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;

/** The composite retroactive use-case suite on the in-memory store. */
class InMemoryCompositeRetroactiveUseCasesTest extends CompositeRetroactiveUseCasesTest {

    @Override
    protected StorePorts newStore() {
        return InMemoryUseCases.newStore();
    }

    @Override
    protected void subscribe(StorePorts store, Consumer<DomainEvent> subscriber) {
        InMemoryUseCases.subscribe(store, subscriber);
    }
}
