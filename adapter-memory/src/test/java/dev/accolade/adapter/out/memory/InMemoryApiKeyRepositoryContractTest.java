package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.ApiKeyRepositoryContract;

/** The API key repository contract on the in-memory store. */
class InMemoryApiKeyRepositoryContractTest extends ApiKeyRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
