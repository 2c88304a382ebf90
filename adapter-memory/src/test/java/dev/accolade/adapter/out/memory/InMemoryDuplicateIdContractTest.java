package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.DuplicateIdContract;

/** The duplicate-id contract on the in-memory store. */
class InMemoryDuplicateIdContractTest extends DuplicateIdContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
