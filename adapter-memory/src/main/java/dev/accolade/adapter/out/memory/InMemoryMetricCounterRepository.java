package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import java.util.List;
import java.util.Optional;

/** Subjects' sums in memory, one row per issuer, subject and metric. */
final class InMemoryMetricCounterRepository implements MetricCounterRepository {

    private final InMemoryDatabase database;
    private final Table<Key, Counter> table;

    InMemoryMetricCounterRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, Counter::key, "metric_counter_taken", "The counter already exists.",
                List.of());
    }

    @Override
    public long add(IssuerId issuer, Identity subject, Metric metric, long value) {
        Key key = new Key(issuer, subject.key(), metric);
        return database.inTransaction(() -> {
            long total = table.get(key).map(Counter::total).orElse(0L) + value;
            table.upsert(new Counter(key, total));
            return total;
        });
    }

    @Override
    public long total(IssuerId issuer, Identity subject, Metric metric) {
        Optional<Counter> counter = database.read(() -> table.get(new Key(issuer, subject.key(), metric)));
        return counter.map(Counter::total).orElse(0L);
    }

    /** A counter's key. */
    private record Key(IssuerId issuer, String subject, Metric metric) {
    }

    /** A counter's row. */
    private record Counter(Key key, long total) {
    }
}
