package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.WebhookEndpointRepositoryContract;

/** The webhook endpoint repository contract on the in-memory store. */
class InMemoryWebhookEndpointRepositoryContractTest extends WebhookEndpointRepositoryContract {

    @Override
    protected StorePorts newStore() {
        return new InMemoryStore();
    }
}
