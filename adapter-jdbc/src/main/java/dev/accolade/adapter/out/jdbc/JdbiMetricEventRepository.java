package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Issuers' events in the {@code metric_event} table, keyed by issuer and event id. On PostgreSQL an insert
 * that does nothing on a taken key, so that a unit racing another over the same id waits for it and counts
 * nothing; on H2, where writers take turns, a look-up and an insert.
 */
final class JdbiMetricEventRepository implements MetricEventRepository {

    private static final String INSERT = "INSERT INTO metric_event (issuer_id, event_id, subject, metric,"
            + " metric_value, occurred_at, recorded_at)"
            + " VALUES (:issuer, :id, :subject, :metric, :value, :occurred, :recorded)";

    private static final String COLUMNS = "issuer_id, event_id, subject, metric, metric_value, occurred_at,"
            + " recorded_at";
    private static final RowMapper<MetricEvent> EVENT = (row, context) -> new MetricEvent(
            new IssuerId(row.getLong("issuer_id")), row.getString("event_id"), Identity.parse(row.getString("subject")),
            new Metric(row.getString("metric")), row.getLong("metric_value"), Rows.instant(row, "occurred_at"),
            Rows.instant(row, "recorded_at"));

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiMetricEventRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public boolean insertIfNew(MetricEvent event) {
        boolean inTurns = dialect.serializesWritersInProcess();
        if (inTurns && find(event.issuer(), event.id()).isPresent()) {
            return false;
        }
        return transactions.current().writing().createUpdate(inTurns ? INSERT : INSERT + " ON CONFLICT DO NOTHING")
                .bind("issuer", event.issuer().value()).bind("id", event.id())
                .bind("subject", event.subject().key()).bind("metric", event.metric().name())
                .bind("value", event.value()).bind("occurred", event.occurredAt())
                .bind("recorded", event.recordedAt()).execute() == 1;
    }

    @Override
    public Optional<MetricEvent> find(IssuerId issuer, String id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM metric_event"
                + " WHERE issuer_id = :issuer AND event_id = :id")
                .bind("issuer", issuer.value()).bind("id", id).map(EVENT).findOne();
    }

    @Override
    public List<MetricEvent> history(IssuerId issuer, Identity subject, Metric metric) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM metric_event"
                + " WHERE issuer_id = :issuer AND subject = :subject AND metric = :metric"
                + " ORDER BY occurred_at, event_id")
                .bind("issuer", issuer.value()).bind("subject", subject.key()).bind("metric", metric.name())
                .map(EVENT).list();
    }
}
