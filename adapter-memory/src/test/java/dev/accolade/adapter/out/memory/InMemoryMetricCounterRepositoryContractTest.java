package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.MetricCounterRepositoryContract;

/** The metric counter repository contract on the in-memory store. */
class InMemoryMetricCounterRepositoryContractTest extends MetricCounterRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
