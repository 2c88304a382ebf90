package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.IdGeneratorContract;

/** The id generator contract on the in-memory store. */
class InMemoryIdGeneratorContractTest extends IdGeneratorContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
