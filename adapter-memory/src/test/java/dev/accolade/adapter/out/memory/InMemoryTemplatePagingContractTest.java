package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.TemplatePagingContract;

/** The template paging contract on the in-memory store. */
class InMemoryTemplatePagingContractTest extends TemplatePagingContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
