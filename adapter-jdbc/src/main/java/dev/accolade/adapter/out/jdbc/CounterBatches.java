package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.rule.SubjectDay;
import dev.accolade.application.port.out.rule.SubjectMetric;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.DayRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The set-based side of the metric counters: the sums of many keys read in one query, and many additions written
 * in key order (so that concurrent units lock rows in the same order). On PostgreSQL multi-row inserts that add
 * to the row already there ({@link SumUpserts}); on H2, embedded, where writers take turns and a statement costs
 * no round trip, a prepared batch of updates and one of inserts for the keys no row held yet (measured faster
 * there than H2's multi-row {@code MERGE … USING}).
 */
final class CounterBatches {

    private static final Comparator<SubjectMetric> KEY_ORDER = Comparator
            .comparing((SubjectMetric key) -> key.subject().key()).thenComparing(key -> key.metric().name());
    private static final Comparator<SubjectDay> DAY_ORDER = Comparator.comparing(SubjectDay::counter, KEY_ORDER)
            .thenComparing(SubjectDay::day);
    private static final KeyRows KEYS = KeyRows.of("k", new KeyRows.Column("subject", "VARCHAR(512)"),
            new KeyRows.Column("metric", "VARCHAR(64)"));
    private static final String KEY = "issuer_id = :issuer AND subject = :subject AND metric = :metric";
    private static final SumUpserts COUNTERS = new SumUpserts("metric_counter", KEYS.columns());
    private static final SumUpserts DAYS = new SumUpserts("metric_day", List.of(KEYS.columns().get(0),
            KEYS.columns().get(1), new KeyRows.Column("event_day", "DATE")));

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    CounterBatches(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    Map<SubjectMetric, Long> totals(IssuerId issuer, Collection<SubjectMetric> keys) {
        Map<SubjectMetric, Long> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Map<String, SubjectMetric> asked = byText(keys);
        List<SubjectMetric> asking = List.copyOf(asked.values());
        KEYS.bind(transactions.current().reading().createQuery("SELECT c.subject, c.metric, c.total FROM "
                + KEYS.table(asking.size()) + " JOIN metric_counter c"
                + " ON c.issuer_id = :issuer AND c.subject = k.subject AND c.metric = k.metric")
                .bind("issuer", issuer.value()), rows(asking))
                .map((row, context) -> Map.entry(text(row.getString("subject"), row.getString("metric")),
                        row.getLong("total")))
                .forEach(row -> {
                    SubjectMetric key = asked.get(row.getKey());
                    if (key != null) {
                        found.put(key, row.getValue());
                    }
                });
        return found;
    }

    Map<SubjectMetric, Map<LocalDate, Long>> days(IssuerId issuer, Map<SubjectMetric, DayRange> ranges) {
        Map<SubjectMetric, Map<LocalDate, Long>> found = new HashMap<>();
        if (ranges.isEmpty()) {
            return found;
        }
        Map<String, SubjectMetric> asked = byText(ranges.keySet());
        LocalDate from = ranges.values().stream().map(DayRange::from).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = ranges.values().stream().map(DayRange::to).max(Comparator.naturalOrder()).orElseThrow();
        List<SubjectMetric> asking = List.copyOf(asked.values());
        KEYS.bind(transactions.current().reading().createQuery("SELECT d.subject, d.metric, d.event_day, d.total"
                + " FROM " + KEYS.table(asking.size()) + " JOIN metric_day d"
                + " ON d.issuer_id = :issuer AND d.subject = k.subject AND d.metric = k.metric"
                + " AND d.event_day BETWEEN :from AND :to")
                .bind("issuer", issuer.value()).bind("from", from).bind("to", to), rows(asking))
                .map((row, context) -> new DayRow(asked.get(text(row.getString("subject"), row.getString("metric"))),
                        row.getObject("event_day", LocalDate.class), row.getLong("total")))
                .forEach(row -> {
                    DayRange range = row.key() == null ? null : ranges.get(row.key());
                    if (range != null && !row.day().isBefore(range.from()) && !row.day().isAfter(range.to())) {
                        found.computeIfAbsent(row.key(), key -> new TreeMap<>()).put(row.day(), row.total());
                    }
                });
        return found;
    }

    /** Adds the values to their counters, creating those that had none; the keys created. */
    Set<SubjectMetric> addAll(IssuerId issuer, Map<SubjectMetric, Long> values) {
        List<SubjectMetric> keys = values.keySet().stream().sorted(KEY_ORDER).toList();
        if (keys.isEmpty()) {
            return Set.of();
        }
        Handle handle = transactions.current().writing();
        String insert = "INSERT INTO metric_counter (issuer_id, subject, metric, total)"
                + " VALUES (:issuer, :subject, :metric, :value)";
        if (!dialect.serializesWritersInProcess()) {
            Map<String, SubjectMetric> byKey = byText(keys);
            return COUNTERS.addTellingCreated(handle, issuer.value(), keys.stream().map(key ->
                    List.<Object>of(key.subject().key(), key.metric().name(), values.get(key))).toList())
                    .stream().map(byKey::get).collect(Collectors.toSet());
        }
        int[] updated = run(handle, "UPDATE metric_counter SET total = total + :value WHERE " + KEY, issuer, keys,
                values, key -> key, null);
        List<SubjectMetric> created = missing(keys, updated);
        run(handle, insert, issuer, created, values, key -> key, null);
        return Set.copyOf(created);
    }

    void addAllOnDays(IssuerId issuer, Map<SubjectDay, Long> values) {
        List<SubjectDay> keys = values.keySet().stream().sorted(DAY_ORDER).toList();
        if (keys.isEmpty()) {
            return;
        }
        Handle handle = transactions.current().writing();
        String insert = "INSERT INTO metric_day (issuer_id, subject, metric, event_day, total)"
                + " VALUES (:issuer, :subject, :metric, :day, :value)";
        if (!dialect.serializesWritersInProcess()) {
            DAYS.add(handle, issuer.value(), keys.stream().map(key -> List.<Object>of(key.counter().subject().key(),
                    key.counter().metric().name(), key.day(), values.get(key))).toList());
            return;
        }
        int[] updated = run(handle, "UPDATE metric_day SET total = total + :value WHERE " + KEY
                + " AND event_day = :day", issuer, keys, values, SubjectDay::counter, SubjectDay::day);
        run(handle, insert, issuer, missing(keys, updated), values, SubjectDay::counter, SubjectDay::day);
    }

    /** One prepared batch of the statement, a row per key; the rows each changed. */
    private static <K> int[] run(Handle handle, String sql, IssuerId issuer, List<K> keys, Map<K, Long> values,
            Function<K, SubjectMetric> counter, Function<K, LocalDate> day) {
        if (keys.isEmpty()) {
            return new int[0];
        }
        PreparedBatch batch = handle.prepareBatch(sql);
        for (K key : keys) {
            SubjectMetric of = counter.apply(key);
            batch.bind("issuer", issuer.value()).bind("subject", of.subject().key())
                    .bind("metric", of.metric().name()).bind("value", values.get(key));
            if (day != null) {
                batch.bind("day", day.apply(key));
            }
            batch.add();
        }
        return batch.execute();
    }

    private static <K> List<K> missing(List<K> keys, int[] updated) {
        List<K> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (updated[i] == 0) {
                missing.add(keys.get(i));
            }
        }
        return missing;
    }

    private static Map<String, SubjectMetric> byText(Collection<SubjectMetric> keys) {
        return keys.stream().collect(Collectors.toMap(key -> text(key.subject().key(), key.metric().name()),
                Function.identity(), (one, same) -> one));
    }

    private static String text(String subject, String metric) {
        return SumUpserts.text(List.of(subject, metric));
    }

    private static List<List<Object>> rows(List<SubjectMetric> keys) {
        return keys.stream().map(key -> List.<Object>of(key.subject().key(), key.metric().name())).toList();
    }

    /** A day's sum as read. */
    private record DayRow(SubjectMetric key, LocalDate day, long total) {
    }
}
