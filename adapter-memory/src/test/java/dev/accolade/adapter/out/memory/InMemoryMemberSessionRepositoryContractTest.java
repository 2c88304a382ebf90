package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.MemberSessionRepositoryContract;

/** The member session repository contract on the in-memory store. */
class InMemoryMemberSessionRepositoryContractTest extends MemberSessionRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
