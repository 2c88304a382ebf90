package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.UsedSignatureRepositoryContract;

/** The used signature repository contract on the in-memory store. */
class InMemoryUsedSignatureRepositoryContractTest extends UsedSignatureRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
