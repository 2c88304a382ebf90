package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;

/**
 * Subjects' sums in the {@code metric_counter} table, one row per issuer, subject and metric. On PostgreSQL
 * one insert that adds to the row already there and returns the sum, so that concurrent units all count; on
 * H2, where writers take turns, an update and, when no row was there, an insert.
 */
final class JdbiMetricCounterRepository implements MetricCounterRepository {

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiMetricCounterRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
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
}
