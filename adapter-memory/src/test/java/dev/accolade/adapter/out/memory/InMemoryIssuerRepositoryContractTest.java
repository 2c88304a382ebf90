package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.IssuerRepositoryContract;

/** The issuer repository contract on the in-memory store. */
class InMemoryIssuerRepositoryContractTest extends IssuerRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
