package dev.accolade.benchmarks;

import dev.accolade.application.rule.RuleQuery;
import dev.accolade.application.template.RuleInput;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.template.Template;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Issue 17's retroactive evaluation: a threshold rule published over many stored events (metric_event and
 * metric_counter filled raw), its job run through {@code rules().runRuleJobs()} until it has finished, timed from
 * the publication to the end of the job.
 */
final class RetroactiveCase {

    private static final String METRIC = "comments";
    /** Each subject's events. */
    private static final int PER_SUBJECT = 10;
    /** One subject in this many counts 2 per event and so meets the rule (20 against 15); the rest count 10. */
    private static final int QUALIFYING_EVERY = 20;
    private static final long TARGET = 15;
    private static final int BATCH = 10_000;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final int events;
    private final Path directory;

    RetroactiveCase(int events, Path directory) {
        this.events = events;
        this.directory = directory;
    }

    /** Fills the events, publishes the rule, runs its job to the end and reports the time. */
    String measure() {
        try (RuleFixture fixture = RuleFixture.open(directory, "retro")) {
            long fillStarted = System.nanoTime();
            fill(fixture);
            double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
            long started = System.nanoTime();
            Template template = fixture.publish("Chatty", RuleInput.threshold(METRIC, TARGET));
            int rounds = 0;
            while (fixture.accolade().rules().runRuleJobs() > 0) {
                rounds++;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            RuleJob job = fixture.accolade().rules().getRule(new RuleQuery(fixture.actor(), template.id())).job()
                    .orElseThrow();
            return String.format(Locale.ROOT, "%-44s %.1f s (target <= 30 s)%n    %,d events of %,d subjects,"
                    + " filled raw in %.1f s; job %s after %d rounds: %,d subjects examined, %,d awarded",
                    "retroactive evaluation of a new rule (H2 file)", seconds, events, events / PER_SUBJECT,
                    fillSeconds, job.open() ? "still open" : "finished", rounds, job.examined(), job.awarded());
        }
    }

    /** Ten events a subject, a second apart, and each subject's counter. */
    private void fill(RuleFixture fixture) {
        long issuer = fixture.issuer().value();
        fixture.jdbi().useHandle(handle -> {
            Connection connection = handle.getConnection();
            try {
                connection.setAutoCommit(false);
                try (PreparedStatement event = connection.prepareStatement("INSERT INTO metric_event (issuer_id,"
                        + " event_id, subject, metric, metric_value, occurred_at, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                        PreparedStatement counter = connection.prepareStatement("INSERT INTO metric_counter"
                                + " (issuer_id, subject, metric, total) VALUES (?, ?, ?, ?)")) {
                    for (int n = 0; n < events; n++) {
                        int subject = n / PER_SUBJECT;
                        long value = subject % QUALIFYING_EVERY == 0 ? 2 : 1;
                        OffsetDateTime at = OffsetDateTime.ofInstant(START.plusSeconds(n), ZoneOffset.UTC);
                        event.setLong(1, issuer);
                        event.setString(2, "r" + n);
                        event.setString(3, RuleFixture.subject(subject));
                        event.setString(4, METRIC);
                        event.setLong(5, value);
                        event.setObject(6, at);
                        event.setObject(7, at);
                        event.addBatch();
                        if (n % PER_SUBJECT == PER_SUBJECT - 1) {
                            counter.setLong(1, issuer);
                            counter.setString(2, RuleFixture.subject(subject));
                            counter.setString(3, METRIC);
                            counter.setLong(4, value * PER_SUBJECT);
                            counter.addBatch();
                        }
                        if ((n + 1) % BATCH == 0 || n == events - 1) {
                            event.executeBatch();
                            counter.executeBatch();
                            connection.commit();
                        }
                    }
                }
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE");
                }
                connection.commit();
                connection.setAutoCommit(true);
            } catch (SQLException failure) {
                throw new IllegalStateException("could not fill the events", failure);
            }
        });
    }
}
