package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.OfferPagingContract;

/** The offer paging contract on the in-memory store. */
class InMemoryOfferPagingContractTest extends OfferPagingContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
