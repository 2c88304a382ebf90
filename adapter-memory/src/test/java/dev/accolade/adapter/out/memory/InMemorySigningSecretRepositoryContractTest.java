package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.SigningSecretRepositoryContract;

/** The signing secret repository contract on the in-memory store. */
class InMemorySigningSecretRepositoryContractTest extends SigningSecretRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
