package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.delivery.DeliveryTally;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The outbox in the {@code delivery} table: an offer's callback has its {@code offer_id}, a webhook's
 * delivery its {@code endpoint_id} and {@code event}. Claiming locks the due rows it picks; on PostgreSQL
 * it skips rows another unit of work has locked, so concurrent dispatchers claim disjoint rows without
 * waiting, and on H2 writers run one at a time anyway.
 */
final class JdbiDeliveryRepository implements DeliveryRepository {

    private static final String COLUMNS = "id, offer_id, endpoint_id, event, target_url, body, attempts, status,"
            + " created_at, retry_from, next_attempt_at, last_error";
    private static final RowMapper<Delivery> DELIVERY = (row, context) -> new Delivery(row.getLong("id"),
            source(row), new WebUrl(row.getString("target_url")), row.getString("body"), row.getInt("attempts"),
            Rows.instant(row, "created_at"), Rows.instant(row, "retry_from"), Rows.instant(row, "next_attempt_at"),
            DeliveryStatus.valueOf(row.getString("status")), Rows.optionalString(row, "last_error"));

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiDeliveryRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void insert(Delivery delivery) {
        SqlErrors.guarded(() -> bound(transactions.current().writing().createUpdate("INSERT INTO delivery ("
                + COLUMNS + ") VALUES (:id, :offer_id, :endpoint_id, :event, :target_url, :body, :attempts,"
                + " :status, :created_at, :retry_from, :next_attempt_at, :last_error)"), delivery).execute());
    }

    @Override
    public void insertAll(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        PreparedBatch batch = transactions.current().writing().prepareBatch("INSERT INTO delivery (" + COLUMNS
                + ") VALUES (:id, :offer_id, :endpoint_id, :event, :target_url, :body, :attempts, :status, :created_at,"
                + " :retry_from, :next_attempt_at, :last_error)");
        deliveries.forEach(delivery -> bound(batch, delivery).add());
        SqlErrors.guarded(() -> batch.execute());
    }

    @Override
    public void insertCoalescing(Delivery delivery, String key) {
        insert(delivery);
        Updates.expectOne("delivery " + delivery.id(), SqlErrors.guarded(() -> transactions.current().writing()
                .createUpdate("UPDATE delivery SET coalescing_key = :key WHERE id = :id").bind("key", key)
                .bind("id", delivery.id()).execute()));
    }

    @Override
    public boolean coalesce(WebhookEndpointId endpoint, String key, String body, Instant now) {
        List<Long> waiting = transactions.current().reading().createQuery("SELECT id FROM delivery"
                + " WHERE endpoint_id = :endpoint AND coalescing_key = :key AND status = :pending")
                .bind("endpoint", endpoint.value()).bind("key", key).bind("pending", DeliveryStatus.PENDING.name())
                .mapTo(Long.class).list();
        if (waiting.isEmpty()) {
            return false;
        }
        return SqlErrors.guarded(() -> transactions.current().writing().createUpdate("UPDATE delivery SET body = :body"
                + " WHERE id IN (<ids>) AND status = :pending AND attempts = 0 AND next_attempt_at <= :now")
                .bind("body", body).bindList("ids", waiting).bind("pending", DeliveryStatus.PENDING.name())
                .bind("now", now).execute()) > 0;
    }

    @Override
    public void update(Delivery delivery) {
        Updates.expectOne("delivery " + delivery.id(), SqlErrors.guarded(() -> bound(transactions.current()
                .writing().createUpdate("UPDATE delivery SET attempts = :attempts, status = :status,"
                        + " retry_from = :retry_from, next_attempt_at = :next_attempt_at, last_error = :last_error"
                        + " WHERE id = :id"), delivery).execute()));
    }

    @Override
    public Optional<Delivery> findById(long id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM delivery WHERE id = :id")
                .bind("id", id).map(DELIVERY).findOne();
    }

    @Override
    public List<Delivery> findByOffer(OfferId offer) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM delivery"
                + " WHERE offer_id = :offer ORDER BY id").bind("offer", offer.value()).map(DELIVERY).list();
    }

    @Override
    public Page<Delivery> findByEndpoint(WebhookEndpointId endpoint, PageRequest page) {
        Keyset<String> keyset = Keyset.byId("id", SortDirection.DESC, page);
        return keyset.page(transactions.current().reading(), COLUMNS, "delivery",
                new Conditions().add("endpoint_id = :endpoint", "endpoint", endpoint.value()), DELIVERY,
                delivery -> "", Delivery::id);
    }

    @Override
    public void deleteByEndpoint(WebhookEndpointId endpoint) {
        transactions.current().writing().createUpdate("DELETE FROM delivery WHERE endpoint_id = :endpoint")
                .bind("endpoint", endpoint.value()).execute();
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        String lock = dialect == JdbcDialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
        List<Delivery> due = transactions.current().writing().createQuery("SELECT " + COLUMNS + " FROM delivery"
                + " WHERE status = :pending AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit"
                + lock).bind("pending", DeliveryStatus.PENDING.name()).bind("now", now).bind("limit", limit)
                .map(DELIVERY).list();
        List<Delivery> claimed = due.stream().map(delivery -> delivery.leasedUntil(leaseUntil)).toList();
        claimed.forEach(this::update);
        return claimed;
    }

    @Override
    public List<DeliveryTally> tally() {
        return transactions.current().reading().createQuery("SELECT CASE WHEN offer_id IS NULL THEN 'WEBHOOK'"
                + " ELSE 'CALLBACK' END AS kind, status, COUNT(*) AS deliveries, MIN(CASE WHEN status = :pending"
                + " THEN retry_from END) AS waiting_since FROM delivery GROUP BY CASE WHEN offer_id IS NULL"
                + " THEN 'WEBHOOK' ELSE 'CALLBACK' END, status").bind("pending", DeliveryStatus.PENDING.name())
                .map((row, context) -> new DeliveryTally(DeliverySource.Kind.valueOf(row.getString("kind")),
                        DeliveryStatus.valueOf(row.getString("status")), row.getLong("deliveries"),
                        Rows.optionalInstant(row, "waiting_since"))).list();
    }

    /** An offer's callback when the row names an offer, a webhook's delivery otherwise. */
    private static DeliverySource source(ResultSet row) throws SQLException {
        Optional<Long> offer = Rows.optionalLong(row, "offer_id");
        if (offer.isPresent()) {
            return new DeliverySource.Callback(new OfferId(offer.get()));
        }
        return new DeliverySource.Webhook(new WebhookEndpointId(row.getLong("endpoint_id")),
                WebhookEvent.named(row.getString("event")));
    }

    private static <S extends SqlStatement<S>> S bound(S statement, Delivery delivery) {
        Long offer = null;
        Long endpoint = null;
        String event = null;
        if (delivery.source() instanceof DeliverySource.Callback callback) {
            offer = callback.offer().value();
        } else if (delivery.source() instanceof DeliverySource.Webhook webhook) {
            endpoint = webhook.endpoint().value();
            event = webhook.event().wireName();
        }
        return statement.bind("id", delivery.id()).bind("offer_id", offer).bind("endpoint_id", endpoint)
                .bind("event", event).bind("target_url", delivery.target().value()).bind("body", delivery.body())
                .bind("attempts", delivery.attempts()).bind("status", delivery.status().name())
                .bind("created_at", delivery.createdAt()).bind("retry_from", delivery.retryFrom())
                .bind("next_attempt_at", delivery.nextAttemptAt())
                .bind("last_error", delivery.lastError().orElse(null));
    }
}
