package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.AwardRepositoryContract;

/** The award repository contract on the in-memory store. */
class InMemoryAwardRepositoryContractTest extends AwardRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
