package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.BatchWritesContract;

/** The batch writes contract on the in-memory store. */
class InMemoryBatchWritesContractTest extends BatchWritesContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
