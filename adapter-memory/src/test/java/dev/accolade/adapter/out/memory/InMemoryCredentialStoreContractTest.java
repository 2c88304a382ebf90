package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.CredentialStoreContract;

/** The credential store contract on the in-memory store. */
class InMemoryCredentialStoreContractTest extends CredentialStoreContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
