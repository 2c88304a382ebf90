package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.TransactionContract;

/** The transaction contract on the in-memory store. */
class InMemoryTransactionContractTest extends TransactionContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
