package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.LoggedAchievementRepositoryContract;

/** The logged achievement repository contract on the in-memory store. */
class InMemoryLoggedAchievementRepositoryContractTest extends LoggedAchievementRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
