package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.TemplateRepositoryContract;

/** The template repository contract on the in-memory store. */
class InMemoryTemplateRepositoryContractTest extends TemplateRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
