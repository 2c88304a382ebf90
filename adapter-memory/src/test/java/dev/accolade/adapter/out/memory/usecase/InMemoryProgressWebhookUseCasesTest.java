package dev.accolade.adapter.out.memory.usecase;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.usecase.ProgressWebhookUseCasesTest;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;

/** The progress.updated webhook use-case suite on the in-memory store. */
class InMemoryProgressWebhookUseCasesTest extends ProgressWebhookUseCasesTest {

    @Override
    protected StorePorts newStore() {
        return InMemoryUseCases.newStore();
    }

    @Override
    protected void subscribe(StorePorts store, Consumer<DomainEvent> subscriber) {
        InMemoryUseCases.subscribe(store, subscriber);
    }
}
