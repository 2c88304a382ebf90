package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.IdentityClaimRepositoryContract;

/** The identity claim repository contract on the in-memory store. */
class InMemoryIdentityClaimRepositoryContractTest extends IdentityClaimRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
