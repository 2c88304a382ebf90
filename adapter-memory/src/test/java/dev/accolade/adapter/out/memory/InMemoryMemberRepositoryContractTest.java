package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.MemberRepositoryContract;

/** The member repository contract on the in-memory store. */
class InMemoryMemberRepositoryContractTest extends MemberRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
