package dev.accolade.benchmarks;

import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.RecordEventsCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Issue 17's event rate: batches of 500 events through {@code accolade.rules().recordEvents(…)} in this JVM, on an
 * H2 file with 50 threshold rules on 10 metrics, against a raw JDBI batch insert of the same metric_event rows.
 * A third side, C, writes raw what recording cannot do without: the event rows and their counters (the rows'
 * ceiling). Rounds alternate A B C, C B A …; each lasts a round's length and counts the events recorded. In the crossing
 * variant ({@code events-awards}) every subject is new and sends 50 events on one metric in one batch, so it crosses
 * the five thresholds of its metric mid-batch: 50 awards a batch. The statements one batch runs are counted by H2
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}; a JDBC batch counts each of its rows).
 */
final class EventsCase {

    /** The events of one batch, as issue 17 sends them. */
    static final int BATCH = 500;
    private static final int SUBJECTS = 10_000;
    /** The events each subject of the crossing variant sends, all in one batch: enough to cross 10 to 50. */
    private static final int CROSSING_RUN = 50;

    private final Settings settings;
    private final Path directory;
    private final boolean crossing;
    private long sequence;

    EventsCase(Settings settings, Path directory, boolean crossing) {
        this.settings = settings;
        this.directory = directory;
        this.crossing = crossing;
    }

    /** Runs the case and gives its report. */
    String measure() {
        try (RuleFixture fixture = RuleFixture.open(directory, "events")) {
            fixture.publishFiftyRules();
            Consumer<List<EventInput>> recorded = events -> fixture.accolade().rules().recordEvents(
                    new RecordEventsCommand(fixture.actor(), fixture.issuer(), events));
            Consumer<List<EventInput>> raw = fixture::insertEvents;
            Consumer<List<EventInput>> rows = fixture::insertEventsAndCounters;
            run(recorded, settings.warmUp());
            run(raw, settings.warmUp());
            run(rows, settings.warmUp());
            List<Double> measured = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            List<Double> ceiling = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Double> ofCeiling = new ArrayList<>();
            for (int i = 0; i < settings.rounds(); i++) {
                boolean forward = i % 2 == 0;
                double first = run(forward ? recorded : rows, settings.round());
                double b = run(raw, settings.round());
                double last = run(forward ? rows : recorded, settings.round());
                double a = forward ? first : last;
                double c = forward ? last : first;
                measured.add(a);
                baseline.add(b);
                ceiling.add(c);
                ratios.add(a / b);
                ofCeiling.add(a / c);
            }
            double statements = statementsPerBatch(fixture, recorded);
            return String.format(Locale.ROOT, "%-44s ratio %6.3f  (target >= 20,000 events/s)%n"
                    + "    A %-56s %9.0f events/s%n    B %-56s %9.0f events/s%n    C %-56s %9.0f events/s"
                    + " (A/C %.3f)%n    metric_event rows %d, award rows %d, statements per batch of A %.0f", crossing
                    ? "record events, crossing thresholds (H2 file)" : "record events in batches of 500 (H2 file)",
                    Medians.of(ratios), "rules().recordEvents, 50 rules on 10 metrics", Medians.of(measured),
                    "raw JDBI batch insert of the metric_event rows", Medians.of(baseline),
                    "raw event rows and their counters' update or insert", Medians.of(ceiling),
                    Medians.of(ofCeiling), fixture.rows("metric_event"), fixture.rows("award"), statements);
        }
    }

    /** The statements H2 ran for a batch, over a few batches sent one after another. */
    private double statementsPerBatch(RuleFixture fixture, Consumer<List<EventInput>> side) {
        int batches = 4;
        return fixture.jdbi().withHandle(handle -> {
            handle.execute("SET QUERY_STATISTICS FALSE");
            handle.execute("SET QUERY_STATISTICS TRUE");
            for (int i = 0; i < batches; i++) {
                side.accept(batch());
            }
            long executed = handle.createQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT"
                    + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")
                    .map((row, context) -> row.getString(1).contains("QUERY_STATISTICS") ? 0L : row.getLong(2))
                    .list().stream().mapToLong(Long::longValue).sum();
            handle.execute("SET QUERY_STATISTICS FALSE");
            return executed / (double) batches;
        });
    }

    /** Sends batches for a while; gives the events per second. */
    private double run(Consumer<List<EventInput>> side, Duration length) {
        long started = System.nanoTime();
        long ends = started + length.toNanos();
        long events = 0;
        do {
            side.accept(batch());
            events += BATCH;
        } while (System.nanoTime() < ends);
        return events / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * The next 500 events, each worth 1, occurring now: subjects and metrics in turn, or, crossing, 50 on one metric
     * by each of ten new subjects.
     */
    private List<EventInput> batch() {
        List<EventInput> events = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long n = sequence++;
            if (crossing) {
                long subject = n / CROSSING_RUN;
                events.add(new EventInput("e" + n, "handle:bench/crossing" + subject,
                        RuleFixture.METRICS.get((int) (subject % RuleFixture.METRICS.size())), 1L, null));
                continue;
            }
            events.add(new EventInput("e" + n, RuleFixture.subject((int) (n % SUBJECTS)),
                    RuleFixture.METRICS.get((int) (n / SUBJECTS % RuleFixture.METRICS.size())), 1L, null));
        }
        return events;
    }
}
