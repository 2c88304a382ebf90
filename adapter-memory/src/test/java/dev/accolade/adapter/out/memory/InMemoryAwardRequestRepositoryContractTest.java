package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.AwardRequestRepositoryContract;

/** The award request repository contract on the in-memory store. */
class InMemoryAwardRequestRepositoryContractTest extends AwardRequestRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
