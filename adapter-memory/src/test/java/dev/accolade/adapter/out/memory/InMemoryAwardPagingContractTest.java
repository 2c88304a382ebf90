package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.AwardPagingContract;

/** The award paging contract on the in-memory store. */
class InMemoryAwardPagingContractTest extends AwardPagingContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
