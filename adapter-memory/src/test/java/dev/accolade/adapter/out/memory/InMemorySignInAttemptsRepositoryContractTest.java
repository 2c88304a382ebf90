package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.SignInAttemptsRepositoryContract;

/** The sign-in attempts repository contract on the in-memory store. */
class InMemorySignInAttemptsRepositoryContractTest extends SignInAttemptsRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
