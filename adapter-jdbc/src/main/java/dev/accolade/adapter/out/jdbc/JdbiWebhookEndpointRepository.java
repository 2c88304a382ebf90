package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Issuers' webhook endpoints in the {@code webhook_endpoint} table, their secrets sealed, their events as
 * comma-separated wire names in declaration order.
 */
final class JdbiWebhookEndpointRepository implements WebhookEndpointRepository {

    private static final String COLUMNS = "id, issuer_id, url, events, sealed, created_at";
    private static final String SEPARATOR = ",";
    private static final RowMapper<WebhookEndpoint> ENDPOINT = (row, context) -> new WebhookEndpoint(
            new WebhookEndpointId(row.getLong("id")), new IssuerId(row.getLong("issuer_id")),
            new WebUrl(row.getString("url")), events(row.getString("events")),
            new SealedSecret(row.getString("sealed")), Rows.instant(row, "created_at"));

    private final JdbiTransactions transactions;

    JdbiWebhookEndpointRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(WebhookEndpoint endpoint) {
        SqlErrors.guarded(() -> bound(writing().createUpdate("INSERT INTO webhook_endpoint ("
                + COLUMNS + ") VALUES (:id, :issuer, :url, :events, :sealed, :created)"), endpoint).execute());
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        Updates.expectOne("webhook endpoint " + endpoint.id(), SqlErrors.guarded(() -> bound(writing()
                .createUpdate("UPDATE webhook_endpoint SET url = :url, events = :events, sealed = :sealed"
                        + " WHERE id = :id"), endpoint).execute()));
    }

    @Override
    public Optional<WebhookEndpoint> findById(WebhookEndpointId id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS
                + " FROM webhook_endpoint WHERE id = :id").bind("id", id.value()).map(ENDPOINT).findOne();
    }

    @Override
    public List<WebhookEndpoint> findByIssuer(IssuerId issuer) {
        return transactions.current().remembered("webhook_endpoint", issuer, handle -> List.copyOf(handle
                .createQuery("SELECT "
                + COLUMNS + " FROM webhook_endpoint WHERE issuer_id = :issuer ORDER BY created_at, id")
                .bind("issuer", issuer.value()).map(ENDPOINT).list()));
    }

    @Override
    public void delete(WebhookEndpointId id) {
        SqlErrors.guarded(() -> writing().createUpdate("DELETE FROM webhook_endpoint"
                + " WHERE id = :id").bind("id", id.value()).execute());
    }

    private static <S extends SqlStatement<S>> S bound(S statement, WebhookEndpoint endpoint) {
        return statement.bind("id", endpoint.id().value()).bind("issuer", endpoint.issuer().value())
                .bind("url", endpoint.url().value()).bind("events", text(endpoint.events()))
                .bind("sealed", endpoint.secret().value()).bind("created", endpoint.createdAt());
    }

    private static String text(Set<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::wireName).collect(Collectors.joining(SEPARATOR));
    }

    private static Set<WebhookEvent> events(String text) {
        return Arrays.stream(text.split(SEPARATOR)).map(WebhookEvent::named)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEvent.class)));
    }

    private Handle writing() {
        return transactions.current().writingTo("webhook_endpoint");
    }
}
