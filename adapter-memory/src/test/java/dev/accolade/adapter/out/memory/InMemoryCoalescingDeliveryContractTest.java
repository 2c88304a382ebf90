package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.CoalescingDeliveryContract;

/** The coalescing delivery contract on the in-memory store. */
class InMemoryCoalescingDeliveryContractTest extends CoalescingDeliveryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
