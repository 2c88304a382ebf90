package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.IdempotencyRepositoryContract;

/** The idempotency repository contract on the in-memory store. */
class InMemoryIdempotencyRepositoryContractTest extends IdempotencyRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
