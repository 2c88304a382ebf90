package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.BlobRepositoryContract;

/** The uploaded-content repository contract on the in-memory store. */
class InMemoryBlobRepositoryContractTest extends BlobRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
