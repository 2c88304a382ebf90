package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.OfferRepositoryContract;

/** The offer repository contract on the in-memory store. */
class InMemoryOfferRepositoryContractTest extends OfferRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
