package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.ConcurrencyContract;

/** The concurrency contract on the in-memory store. */
class InMemoryConcurrencyContractTest extends ConcurrencyContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
