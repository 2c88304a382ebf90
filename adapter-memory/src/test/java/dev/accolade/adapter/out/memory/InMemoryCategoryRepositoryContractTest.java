package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.CategoryRepositoryContract;

/** The category repository contract on the in-memory store. */
class InMemoryCategoryRepositoryContractTest extends CategoryRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
