package dev.accolade.benchmarks;

import dev.accolade.application.rule.ProgressQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 17's progress read: {@code rules().getProgress} for one subject, in this JVM on an H2 file with 50 rules on
 * 10 metrics and a counter row for each of many subjects (filled raw, as the leaderboard case fills scores); the
 * median of many reads for subjects at the start, the middle and the end of the table.
 */
final class ProgressCase {

    private static final int BATCH = 10_000;
    private static final Duration MEASURING = Duration.ofSeconds(5);
    private static final int MIN_SAMPLES = 5;

    private final int subjects;
    private final int repeats;
    private final Path directory;

    ProgressCase(int subjects, int repeats, Path directory) {
        this.subjects = subjects;
        this.repeats = repeats;
        this.directory = directory;
    }

    /** Fills the counters and reports the median time of each read. */
    String measure() {
        try (RuleFixture fixture = RuleFixture.open(directory, "progress")) {
            fixture.publishFiftyRules();
            long fillStarted = System.nanoTime();
            fill(fixture);
            double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "%-44s %,d subjects' counters, filled in %.1f s (target <= 5 ms each)%n",
                    "a subject's progress (H2 file)", subjects, fillSeconds));
            for (int number : List.of(0, subjects / 2, subjects - 1)) {
                ProgressQuery query = new ProgressQuery(fixture.actor(), fixture.issuer(),
                        RuleFixture.subject(number));
                int rules = fixture.accolade().rules().getProgress(query).size();
                report.append(String.format(Locale.ROOT, "    %-30s %8.3f ms (%d rules)%n",
                        String.format(Locale.ROOT, "getProgress of subject %,d", number),
                        median(() -> fixture.accolade().rules().getProgress(query)), rules));
            }
            return report.toString().stripTrailing();
        }
    }

    /** The median of {@code repeats} timed reads after a few untimed, or of those made in 5 s. */
    private double median(Runnable read) {
        for (int i = 0; i < 3; i++) {
            read.run();
        }
        List<Double> millis = new ArrayList<>();
        long budgetEnds = System.nanoTime() + MEASURING.toNanos();
        for (int i = 0; i < repeats && (i < MIN_SAMPLES || System.nanoTime() < budgetEnds); i++) {
            long started = System.nanoTime();
            read.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return Medians.of(millis);
    }

    /** One counter row per subject: subject n counts n % 60 + 1 on metric n % 10. */
    private void fill(RuleFixture fixture) {
        fixture.jdbi().useHandle(handle -> {
            Connection connection = handle.getConnection();
            try {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metric_counter"
                        + " (issuer_id, subject, metric, total) VALUES (?, ?, ?, ?)")) {
                    for (int n = 0; n < subjects; n++) {
                        insert.setLong(1, fixture.issuer().value());
                        insert.setString(2, RuleFixture.subject(n));
                        insert.setString(3, RuleFixture.METRICS.get(n % RuleFixture.METRICS.size()));
                        insert.setLong(4, n % 60 + 1);
                        insert.addBatch();
                        if ((n + 1) % BATCH == 0 || n == subjects - 1) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE TABLE metric_counter");
                }
                connection.commit();
                connection.setAutoCommit(true);
            } catch (SQLException failure) {
                throw new IllegalStateException("could not fill the counters", failure);
            }
        });
    }
}
