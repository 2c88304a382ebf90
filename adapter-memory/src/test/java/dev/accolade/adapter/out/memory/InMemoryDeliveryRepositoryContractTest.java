package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.DeliveryRepositoryContract;

/** The delivery repository contract on the in-memory store. */
class InMemoryDeliveryRepositoryContractTest extends DeliveryRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
