package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEndpointId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Issuers' webhook endpoints in memory, kept sealed as the application hands them over. */
final class InMemoryWebhookEndpointRepository implements WebhookEndpointRepository {

    private final InMemoryDatabase database;
    private final Table<WebhookEndpointId, WebhookEndpoint> table;

    InMemoryWebhookEndpointRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, WebhookEndpoint::id, List.of());
    }

    @Override
    public void insert(WebhookEndpoint endpoint) {
        database.write(() -> table.insert(endpoint));
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        database.write(() -> table.update(endpoint));
    }

    @Override
    public Optional<WebhookEndpoint> findById(WebhookEndpointId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public List<WebhookEndpoint> findByIssuer(IssuerId issuer) {
        return database.read(() -> table.rows().filter(endpoint -> endpoint.issuer().equals(issuer))
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt).thenComparingLong(e -> e.id().value()))
                .toList());
    }

    @Override
    public void delete(WebhookEndpointId id) {
        database.write(() -> table.delete(id));
    }
}
