package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.AwardStatisticsContract;

/** The award statistics contract on the in-memory store. */
class InMemoryAwardStatisticsContractTest extends AwardStatisticsContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
