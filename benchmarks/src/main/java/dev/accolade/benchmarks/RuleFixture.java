package dev.accolade.benchmarks;

import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import dev.accolade.application.Accolade;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Accolade embedded in this JVM on a new H2 file ({@link Accolade#builder()}), with one issuer, and a raw JDBI
 * handle on the same database for the baselines and for filling tables directly.
 */
final class RuleFixture implements AutoCloseable {

    /** The ten metrics the rule cases' events and rules use. */
    static final List<String> METRICS = List.of("bench.m0", "bench.m1", "bench.m2", "bench.m3", "bench.m4",
            "bench.m5", "bench.m6", "bench.m7", "bench.m8", "bench.m9");
    private static final String INSERT_EVENT = "INSERT INTO metric_event (issuer_id, event_id, subject, metric,"
            + " metric_value, occurred_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcStore store;
    private final Accolade accolade;
    private final IssuerId issuer;
    private final Jdbi jdbi;

    private RuleFixture(String url) {
        this.store = JdbcStore.open(JdbcSettings.of(url));
        this.accolade = Accolade.builder().store(store).build();
        this.issuer = accolade.issuers().createIssuer(new CreateIssuerCommand(Actor.operator(), "bench", "Bench"))
                .id();
        this.jdbi = Jdbi.create(url + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "", "");
    }

    /** Opens Accolade on a new H2 file of this name in the directory. */
    static RuleFixture open(Path directory, String name) {
        return new RuleFixture("jdbc:h2:file:" + directory.resolve(name).toAbsolutePath());
    }

    Accolade accolade() {
        return accolade;
    }

    IssuerId issuer() {
        return issuer;
    }

    /** The issuer's own actor, as its API key acts. */
    Actor actor() {
        return Actor.issuer(issuer);
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** A subject's identity key: {@code handle:bench/p<n>}. */
    static String subject(int number) {
        return "handle:bench/p" + number;
    }

    /** Publishes, through moderation, a template whose live version carries the rule. */
    Template publish(String title, RuleInput rule) {
        TemplateInput content = TemplateInput.titled(title).withRule(rule);
        Template draft = accolade.templates().createTemplate(new CreateTemplateCommand(actor(), issuer, content,
                true));
        return accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), draft.id()));
    }

    /** Issue 17's setting: 50 threshold rules on the 10 metrics, five per metric at 10, 20, 30, 40 and 50. */
    void publishFiftyRules() {
        for (int i = 0; i < 50; i++) {
            publish(String.format(Locale.ROOT, "Rule %02d", i), RuleInput.threshold(METRICS.get(i % 10),
                    (i / 10 + 1) * 10L));
        }
    }

    /** The baseline's write: the events' metric_event rows as one JDBI batch in one transaction. */
    void insertEvents(List<EventInput> events) {
        jdbi.useTransaction(handle -> insertEventRows(handle, events));
    }

    private void insertEventRows(Handle handle, List<EventInput> events) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PreparedBatch batch = handle.prepareBatch(INSERT_EVENT);
        for (EventInput event : events) {
            Instant at = event.occurredAt();
            batch.add(issuer.value(), event.id(), event.subject(), event.metric(), event.value(),
                    at == null ? now : OffsetDateTime.ofInstant(at, ZoneOffset.UTC), now);
        }
        batch.execute();
    }

    /**
     * The ceiling of the rows recording must write: the events' metric_event rows as one JDBI batch and their
     * counters added to (summed per subject and metric, a batch of updates, then inserts for the keys that had
     * none), in one transaction; no rule is looked at and no subject enrolled.
     */
    void insertEventsAndCounters(List<EventInput> events) {
        Map<List<String>, Long> sums = new LinkedHashMap<>();
        events.forEach(event -> sums.merge(List.of(event.subject(), event.metric()),
                event.value() == null ? 1L : event.value(), Long::sum));
        jdbi.useTransaction(handle -> {
            insertEventRows(handle, events);
            PreparedBatch updates = handle.prepareBatch("UPDATE metric_counter SET total = total + ?"
                    + " WHERE issuer_id = ? AND subject = ? AND metric = ?");
            sums.forEach((key, sum) -> updates.add(sum, issuer.value(), key.get(0), key.get(1)));
            int[] updated = updates.execute();
            PreparedBatch inserts = handle.prepareBatch("INSERT INTO metric_counter (issuer_id, subject, metric,"
                    + " total) VALUES (?, ?, ?, ?)");
            int i = 0;
            for (Map.Entry<List<String>, Long> sum : sums.entrySet()) {
                if (updated[i++] == 0) {
                    inserts.add(issuer.value(), sum.getKey().get(0), sum.getKey().get(1), sum.getValue());
                }
            }
            if (inserts.size() > 0) {
                inserts.execute();
            }
        });
    }

    /** The rows a table holds. */
    long rows(String table) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        store.close();
    }
}
