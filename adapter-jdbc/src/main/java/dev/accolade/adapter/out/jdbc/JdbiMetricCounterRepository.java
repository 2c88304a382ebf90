package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.SubjectDay;
import dev.accolade.application.port.out.rule.SubjectMetric;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.Metric;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Subjects' sums in the {@code metric_counter} table, one row per issuer, subject and metric, and in
 * {@code metric_day}, one row per day besides. On PostgreSQL
 * one insert that adds to the row already there and returns the sum, so that concurrent units all count; on
 * H2, where writers take turns, an update and, when no row was there, an insert. The set-based operations are
 * {@link CounterBatches}'.
 */
final class JdbiMetricCounterRepository implements MetricCounterRepository {

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;
    private final CounterBatches batches;

    JdbiMetricCounterRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.batches = new CounterBatches(transactions, dialect);
    }

    @Override
    public Map<SubjectMetric, Long> totals(IssuerId issuer, Collection<SubjectMetric> keys) {
        return batches.totals(issuer, keys);
    }

    @Override
    public Set<SubjectMetric> addAll(IssuerId issuer, Map<SubjectMetric, Long> values) {
        return batches.addAll(issuer, values);
    }

    @Override
    public void addAllOnDays(IssuerId issuer, Map<SubjectDay, Long> values) {
        batches.addAllOnDays(issuer, values);
    }

    @Override
    public Map<SubjectMetric, Map<LocalDate, Long>> days(IssuerId issuer, Map<SubjectMetric, DayRange> ranges) {
        return batches.days(issuer, ranges);
    }

    @Override
    public long add(IssuerId issuer, Identity subject, Metric metric, long value) {
        if (!dialect.serializesWritersInProcess()) {
            return transactions.current().writing().createQuery("INSERT INTO metric_counter AS counted"
                    + " (issuer_id, subject, metric, total) VALUES (:issuer, :subject, :metric, :value)"
                    + " ON CONFLICT (issuer_id, subject, metric) DO UPDATE SET total = counted.total + :value"
                    + " RETURNING total")
                    .bind("issuer", issuer.value()).bind("subject", subject.key()).bind("metric", metric.name())
                    .bind("value", value).mapTo(Long.class).one();
        }
        long before = total(issuer, subject, metric);
        String sql = before == 0
                ? "INSERT INTO metric_counter (issuer_id, subject, metric, total) VALUES (:issuer, :subject, :metric,"
                        + " :total)"
                : "UPDATE metric_counter SET total = :total WHERE issuer_id = :issuer AND subject = :subject"
                        + " AND metric = :metric";
        transactions.current().writing().createUpdate(sql).bind("issuer", issuer.value())
                .bind("subject", subject.key()).bind("metric", metric.name()).bind("total", before + value)
                .execute();
        return before + value;
    }

    @Override
    public long total(IssuerId issuer, Identity subject, Metric metric) {
        return transactions.current().reading().createQuery("SELECT total FROM metric_counter"
                + " WHERE issuer_id = :issuer AND subject = :subject AND metric = :metric")
                .bind("issuer", issuer.value()).bind("subject", subject.key()).bind("metric", metric.name())
                .mapTo(Long.class).findOne().orElse(0L);
    }

    @Override
    public void addOnDay(IssuerId issuer, Identity subject, Metric metric, LocalDate day, long value) {
        if (!dialect.serializesWritersInProcess()) {
            transactions.current().writing().createUpdate("INSERT INTO metric_day AS counted"
                    + " (issuer_id, subject, metric, event_day, total)"
                    + " VALUES (:issuer, :subject, :metric, :day, :value)"
                    + " ON CONFLICT (issuer_id, subject, metric, event_day)"
                    + " DO UPDATE SET total = counted.total + :value")
                    .bind("issuer", issuer.value()).bind("subject", subject.key()).bind("metric", metric.name())
                    .bind("day", day).bind("value", value).execute();
            return;
        }
        int updated = transactions.current().writing().createUpdate("UPDATE metric_day SET total = total + :value"
                + " WHERE issuer_id = :issuer AND subject = :subject AND metric = :metric AND event_day = :day")
                .bind("issuer", issuer.value()).bind("subject", subject.key()).bind("metric", metric.name())
                .bind("day", day).bind("value", value).execute();
        if (updated == 0) {
            transactions.current().writing().createUpdate("INSERT INTO metric_day (issuer_id, subject, metric,"
                    + " event_day, total) VALUES (:issuer, :subject, :metric, :day, :value)")
                    .bind("issuer", issuer.value()).bind("subject", subject.key()).bind("metric", metric.name())
                    .bind("day", day).bind("value", value).execute();
        }
    }

    @Override
    public void replaceDays(IssuerId issuer, Identity subject, Metric metric, Map<LocalDate, Long> days) {
        Handle handle = transactions.current().writing();
        handle.createUpdate("DELETE FROM metric_day WHERE issuer_id = :issuer AND subject = :subject"
                + " AND metric = :metric")
                .bind("issuer", issuer.value()).bind("subject", subject.key()).bind("metric", metric.name()).execute();
        if (days.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO metric_day (issuer_id, subject, metric, event_day,"
                + " total) VALUES (:issuer, :subject, :metric, :day, :total)");
        new TreeMap<>(days).forEach((day, total) -> batch.bind("issuer", issuer.value()).bind("subject", subject.key())
                .bind("metric", metric.name()).bind("day", day).bind("total", total).add());
        batch.execute();
    }

    @Override
    public Map<LocalDate, Long> days(IssuerId issuer, Identity subject, Metric metric, DayRange range) {
        Map<LocalDate, Long> sums = new TreeMap<>();
        transactions.current().reading().createQuery("SELECT event_day, total FROM metric_day"
                + " WHERE issuer_id = :issuer AND subject = :subject AND metric = :metric"
                + " AND event_day BETWEEN :from AND :to")
                .bind("issuer", issuer.value()).bind("subject", subject.key()).bind("metric", metric.name())
                .bind("from", range.from()).bind("to", range.to())
                .map((row, context) -> Map.entry(row.getObject("event_day", LocalDate.class), row.getLong("total")))
                .forEach(entry -> sums.put(entry.getKey(), entry.getValue()));
        return sums;
    }

    @Override
    public List<Identity> subjects(IssuerId issuer, Metric metric, Optional<String> after, int limit) {
        Query query = transactions.current().reading().createQuery("SELECT subject FROM metric_counter"
                + " WHERE issuer_id = :issuer AND metric = :metric" + (after.isPresent() ? " AND subject > :after" : "")
                + " ORDER BY subject LIMIT :limit")
                .bind("issuer", issuer.value()).bind("metric", metric.name()).bind("limit", limit);
        after.ifPresent(last -> query.bind("after", last));
        return query.map((row, context) -> Identity.parse(row.getString("subject"))).list();
    }
}
