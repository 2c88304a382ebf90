package dev.accolade.adapter.out.memory.usecase;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.usecase.LeaderboardUseCasesTest;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;

/** The leaderboard use-case suite on the in-memory store. */
class InMemoryLeaderboardUseCasesTest extends LeaderboardUseCasesTest {

    @Override
    protected StorePorts newStore() {
        return InMemoryUseCases.newStore();
    }

    @Override
    protected void subscribe(StorePorts store, Consumer<DomainEvent> subscriber) {
        InMemoryUseCases.subscribe(store, subscriber);
    }
}
