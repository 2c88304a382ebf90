package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.RuleAwardRepositoryContract;

/** The rule award repository contract on the in-memory store. */
class InMemoryRuleAwardRepositoryContractTest extends RuleAwardRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
