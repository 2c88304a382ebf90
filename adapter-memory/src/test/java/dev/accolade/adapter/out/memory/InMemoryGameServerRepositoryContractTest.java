package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.GameServerRepositoryContract;

/** The game server repository contract on the in-memory store. */
class InMemoryGameServerRepositoryContractTest extends GameServerRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
