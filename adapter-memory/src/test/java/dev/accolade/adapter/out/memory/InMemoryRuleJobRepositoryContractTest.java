package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.RuleJobRepositoryContract;

/** The rule job repository contract on the in-memory store. */
class InMemoryRuleJobRepositoryContractTest extends RuleJobRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
