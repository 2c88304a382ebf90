package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.TemplateRatingRepositoryContract;

/** The template rating repository contract on the in-memory store. */
class InMemoryTemplateRatingRepositoryContractTest extends TemplateRatingRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
