package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.PortTable;
import dev.accolade.application.port.out.StorePorts;

/**
 * Every store port in memory, for tests, embedding and {@code --database memory}: thread-safe,
 * serializable transactions that commit or roll back whole, unique constraints like a database's,
 * events delivered after commit. Nothing survives the process.
 */
public final class InMemoryStore implements StorePorts {

    private final InMemoryEventBus events;
    private final PortTable ports;

    /** A new, empty store. */
    public InMemoryStore() {
        InMemoryDatabase database = new InMemoryDatabase();
        InMemoryTemplateRepository templates = new InMemoryTemplateRepository(database);
        InMemoryAwardRepository awards = new InMemoryAwardRepository(database, templates.table());
        InMemoryOfferRepository offers = new InMemoryOfferRepository(database);
        this.events = new InMemoryEventBus(database);
        this.ports = PortTable.of(new InMemoryTransactions(database), new InMemoryIdGenerator(), events,
                new InMemoryIssuerRepository(database), new InMemoryApiKeyRepository(database),
                new InMemoryMemberRepository(database), new InMemoryMemberSessionRepository(database),
                new InMemoryIdentityClaimRepository(database), new InMemorySignInAttemptsRepository(database),
                new InMemoryCategoryRepository(database), templates,
                new InMemoryTemplateRatingRepository(database), offers, new InMemoryAwardRequestRepository(database),
                awards, new InMemoryGrantRepository(database, awards.table(), offers.table()),
                new InMemoryIdempotencyRepository(database), new InMemorySigningSecretRepository(database),
                new InMemoryUsedSignatureRepository(database), new InMemoryGameServerRepository(database),
                new InMemoryLoggedAchievementRepository(database), new InMemoryBlobRepository(database),
                new InMemoryDeliveryRepository(database), new InMemoryWebhookEndpointRepository(database),
                new InMemoryIssuerKeyRepository(database),
                new InMemoryAwardCredentialRepository(database, awards.table()),
                new InMemoryMetricEventRepository(database), new InMemoryMetricCounterRepository(database),
                new InMemoryRuleAwardRepository(database), new InMemoryRuleJobRepository(database),
                new InMemoryScoreRepository(database));
    }

    @Override
    public <T> T port(Class<T> type) {
        return ports.get(type);
    }

    /** The event bus, to which tests and embedding applications subscribe. */
    @Override
    public InMemoryEventBus events() {
        return events;
    }
}
