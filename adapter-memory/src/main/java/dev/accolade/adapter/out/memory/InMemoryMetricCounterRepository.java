package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.SubjectDay;
import dev.accolade.application.port.out.rule.SubjectMetric;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.Metric;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Subjects' sums in memory, one row per issuer, subject and metric, and one per day besides. */
final class InMemoryMetricCounterRepository implements MetricCounterRepository {

    private final InMemoryDatabase database;
    private final Table<Key, Counter> table;
    private final Table<DayKey, DayCounter> days;

    InMemoryMetricCounterRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, Counter::key, "metric_counter_taken", "The counter already exists.",
                List.of());
        this.days = new Table<>(database, DayCounter::key, "metric_day_taken", "The day's counter already exists.",
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

    @Override
    public void addOnDay(IssuerId issuer, Identity subject, Metric metric, LocalDate day, long value) {
        DayKey key = new DayKey(new Key(issuer, subject.key(), metric), day);
        database.inTransaction(() -> {
            days.upsert(new DayCounter(key, days.get(key).map(DayCounter::total).orElse(0L) + value));
            return null;
        });
    }

    @Override
    public void replaceDays(IssuerId issuer, Identity subject, Metric metric, Map<LocalDate, Long> sums) {
        Key counter = new Key(issuer, subject.key(), metric);
        database.inTransaction(() -> {
            days.rows().filter(row -> row.key().counter().equals(counter)).map(DayCounter::key).toList()
                    .forEach(days::delete);
            sums.forEach((day, total) -> days.upsert(new DayCounter(new DayKey(counter, day), total)));
            return null;
        });
    }

    @Override
    public Map<LocalDate, Long> days(IssuerId issuer, Identity subject, Metric metric, DayRange range) {
        Key counter = new Key(issuer, subject.key(), metric);
        return database.read(() -> {
            Map<LocalDate, Long> sums = new TreeMap<>();
            for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
                LocalDate on = day;
                days.get(new DayKey(counter, on)).ifPresent(row -> sums.put(on, row.total()));
            }
            return sums;
        });
    }

    @Override
    public Map<SubjectMetric, Long> totals(IssuerId issuer, Collection<SubjectMetric> keys) {
        return database.read(() -> {
            Map<SubjectMetric, Long> found = new HashMap<>();
            for (SubjectMetric key : keys) {
                table.get(new Key(issuer, key.subject().key(), key.metric()))
                        .ifPresent(row -> found.put(key, row.total()));
            }
            return found;
        });
    }

    @Override
    public Set<SubjectMetric> addAll(IssuerId issuer, Map<SubjectMetric, Long> values) {
        return database.inTransaction(() -> {
            Set<SubjectMetric> created = new HashSet<>();
            values.forEach((key, value) -> {
                if (add(issuer, key.subject(), key.metric(), value) == value) {
                    created.add(key);
                }
            });
            return created;
        });
    }

    @Override
    public void addAllOnDays(IssuerId issuer, Map<SubjectDay, Long> values) {
        database.inTransaction(() -> {
            values.forEach((key, value) -> addOnDay(issuer, key.counter().subject(), key.counter().metric(),
                    key.day(), value));
            return null;
        });
    }

    @Override
    public Map<SubjectMetric, Map<LocalDate, Long>> days(IssuerId issuer, Map<SubjectMetric, DayRange> ranges) {
        return database.read(() -> {
            Map<SubjectMetric, Map<LocalDate, Long>> found = new HashMap<>();
            ranges.forEach((key, range) -> {
                Map<LocalDate, Long> sums = days(issuer, key.subject(), key.metric(), range);
                if (!sums.isEmpty()) {
                    found.put(key, sums);
                }
            });
            return found;
        });
    }

    @Override
    public List<Identity> subjects(IssuerId issuer, Metric metric, Optional<String> after, int limit) {
        return database.read(() -> table.rows()
                .filter(counter -> counter.key().issuer().equals(issuer) && counter.key().metric().equals(metric))
                .map(counter -> counter.key().subject())
                .filter(subject -> after.map(last -> subject.compareTo(last) > 0).orElse(true))
                .sorted().limit(limit).map(Identity::parse).toList());
    }

    /** A day counter's key. */
    private record DayKey(Key counter, LocalDate day) {
    }

    /** A day counter's row. */
    private record DayCounter(DayKey key, long total) {
    }

    /** A counter's key. */
    private record Key(IssuerId issuer, String subject, Metric metric) {
    }

    /** A counter's row. */
    private record Counter(Key key, long total) {
    }
}
