package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.DeliveryRepository;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.offer.OfferId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The outbox in the {@code delivery} table. Claiming locks the due rows it picks; on PostgreSQL it skips
 * rows another unit of work has locked, so concurrent dispatchers claim disjoint rows without waiting,
 * and on H2 writers run one at a time anyway.
 */
final class JdbiDeliveryRepository implements DeliveryRepository {

    private static final String COLUMNS = "id, offer_id, target_url, body, attempts, status, created_at,"
            + " next_attempt_at, last_error";
    private static final RowMapper<Delivery> DELIVERY = (row, context) -> new Delivery(row.getLong("id"),
            new OfferId(row.getLong("offer_id")), new WebUrl(row.getString("target_url")), row.getString("body"),
            row.getInt("attempts"), Rows.instant(row, "created_at"), Rows.instant(row, "next_attempt_at"),
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
                + COLUMNS + ") VALUES (:id, :offer_id, :target_url, :body, :attempts, :status, :created_at,"
                + " :next_attempt_at, :last_error)"), delivery).execute());
    }

    @Override
    public void update(Delivery delivery) {
        Updates.expectOne("delivery " + delivery.id(), SqlErrors.guarded(() -> bound(transactions.current()
                .writing().createUpdate("UPDATE delivery SET attempts = :attempts, status = :status,"
                        + " next_attempt_at = :next_attempt_at, last_error = :last_error WHERE id = :id"), delivery)
                .execute()));
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

    private static <S extends SqlStatement<S>> S bound(S statement, Delivery delivery) {
        return statement.bind("id", delivery.id()).bind("offer_id", delivery.offer().value())
                .bind("target_url", delivery.target().value()).bind("body", delivery.body())
                .bind("attempts", delivery.attempts()).bind("status", delivery.status().name())
                .bind("created_at", delivery.createdAt()).bind("next_attempt_at", delivery.nextAttemptAt())
                .bind("last_error", delivery.lastError().orElse(null));
    }
}
