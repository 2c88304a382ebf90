package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.TransactionRollbackContract;

/** The transaction rollback contract on the in-memory store. */
class InMemoryTransactionRollbackContractTest extends TransactionRollbackContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
