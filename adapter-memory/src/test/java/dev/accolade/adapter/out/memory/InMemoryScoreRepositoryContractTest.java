package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.ScoreRepositoryContract;

/** The score repository contract on the in-memory store. */
class InMemoryScoreRepositoryContractTest extends ScoreRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
