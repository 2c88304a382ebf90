package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Issuers' events in the {@code metric_event} table, keyed by issuer and event id. On PostgreSQL an insert
 * that does nothing on a taken key, so that a unit racing another over the same id waits for it and counts
 * nothing; on H2, where writers take turns, a look-up and an insert. A batch is on PostgreSQL multi-row inserts
 * of up to {@value #CHUNK} events each, returning the ids they recorded; on H2 (embedded, no round trip per
 * statement) a prepared batch of inserts, and only when the primary key refuses one, a look-up of the ids already
 * taken and a batch of the others.
 */
final class JdbiMetricEventRepository implements MetricEventRepository {

    private static final KeyRows EVENT_IDS = KeyRows.of("k", "id", "VARCHAR(100)");
    private static final String INSERT = "INSERT INTO metric_event (issuer_id, event_id, subject, metric,"
            + " metric_value, occurred_at, recorded_at, time_zone)"
            + " VALUES (:issuer, :id, :subject, :metric, :value, :occurred, :recorded, :zone)";

    private static final String ROW = "(:issuer, :id#, :subject#, :metric#, :value#, :occurred#, :recorded#, :zone#)";
    private static final int CHUNK = 500;
    private static final String SAVEPOINT = "events_batch";

    private static final String COLUMNS = "issuer_id, event_id, subject, metric, metric_value, occurred_at,"
            + " recorded_at, time_zone";
    private static final RowMapper<MetricEvent> EVENT = (row, context) -> new MetricEvent(
            new IssuerId(row.getLong("issuer_id")), row.getString("event_id"), Identity.parse(row.getString("subject")),
            new Metric(row.getString("metric")), row.getLong("metric_value"), Rows.instant(row, "occurred_at"),
            Rows.instant(row, "recorded_at"), Optional.ofNullable(row.getString("time_zone")).map(ZoneId::of));

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
                .bind("recorded", event.recordedAt())
                .bind("zone", event.timeZone().map(ZoneId::getId).orElse(null)).execute() == 1;
    }

    @Override
    public Set<String> insertNew(List<MetricEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        IssuerId issuer = events.get(0).issuer();
        if (events.stream().anyMatch(event -> !event.issuer().equals(issuer))) {
            throw new IllegalArgumentException("a batch of events belongs to one issuer");
        }
        Handle handle = transactions.current().writing();
        if (dialect.serializesWritersInProcess()) {
            return insertInTurns(handle, issuer, events);
        }
        Set<String> recorded = new LinkedHashSet<>();
        for (int from = 0; from < events.size(); from += CHUNK) {
            List<MetricEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
            String values = IntStream.range(0, chunk.size()).mapToObj(row -> ROW.replace("#", "" + row))
                    .collect(Collectors.joining(", "));
            recorded.addAll(bind(handle.createQuery("INSERT INTO metric_event (" + COLUMNS + ") VALUES " + values
                    + " ON CONFLICT DO NOTHING RETURNING event_id"), issuer, chunk).mapTo(String.class).list());
        }
        return recorded;
    }

    /**
     * On H2, where writers take turns: the events as one prepared batch, which the primary key refuses only when
     * some id was taken before (a replay); then the batch's rows are undone to a savepoint, the ids taken looked
     * up, and the others inserted. A batch of new events costs no look-up; a replayed one costs a refused batch
     * more than a look-up alone would. Any other refusal undoes the batch's rows too, then propagates.
     */
    private static Set<String> insertInTurns(Handle handle, IssuerId issuer, List<MetricEvent> events) {
        handle.savepoint(SAVEPOINT);
        try {
            insertBatch(handle, issuer, events);
            handle.releaseSavepoint(SAVEPOINT);
            return events.stream().map(MetricEvent::id).collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (UnableToExecuteStatementException failure) {
            // H2 runs every row of a batch before it throws: undo the rows that went in, whatever refused one
            handle.rollbackToSavepoint(SAVEPOINT);
            if (!SqlErrors.violated(failure, "pk_metric_event")) {
                throw failure;
            }
        }
        Set<String> taken = new HashSet<>(EVENT_IDS.bind(handle.createQuery("SELECT e.event_id FROM "
                + EVENT_IDS.table(events.size()) + " JOIN metric_event e"
                + " ON e.issuer_id = :issuer AND e.event_id = k.id").bind("issuer", issuer.value()),
                events.stream().map(event -> List.<Object>of(event.id())).toList()).mapTo(String.class).list());
        List<MetricEvent> fresh = events.stream().filter(event -> !taken.contains(event.id())).toList();
        insertBatch(handle, issuer, fresh);
        return fresh.stream().map(MetricEvent::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void insertBatch(Handle handle, IssuerId issuer, List<MetricEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (MetricEvent event : events) {
            batch.bind("issuer", issuer.value()).bind("id", event.id()).bind("subject", event.subject().key())
                    .bind("metric", event.metric().name()).bind("value", event.value())
                    .bind("occurred", event.occurredAt()).bind("recorded", event.recordedAt())
                    .bind("zone", event.timeZone().map(ZoneId::getId).orElse(null)).add();
        }
        batch.execute();
    }

    /** Binds the events' values to the names the rows of {@link #ROW} take. */
    private static <S extends SqlStatement<S>> S bind(S statement, IssuerId issuer, List<MetricEvent> events) {
        statement.bind("issuer", issuer.value());
        for (int row = 0; row < events.size(); row++) {
            MetricEvent event = events.get(row);
            statement.bind("id" + row, event.id()).bind("subject" + row, event.subject().key())
                    .bind("metric" + row, event.metric().name()).bind("value" + row, event.value())
                    .bind("occurred" + row, event.occurredAt()).bind("recorded" + row, event.recordedAt())
                    .bind("zone" + row, event.timeZone().map(ZoneId::getId).orElse(null));
        }
        return statement;
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
