package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.MetricEventRepositoryContract;

/** The metric event repository contract on the in-memory store. */
class InMemoryMetricEventRepositoryContractTest extends MetricEventRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
