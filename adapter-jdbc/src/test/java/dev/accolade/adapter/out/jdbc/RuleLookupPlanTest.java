package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.rule.SubjectMetric;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The look-ups of rules and progress go through indexes: the templates ruled by a metric through
 * {@code ix_template_live_rule}, an event and a subject's sum through their primary keys, the waiting
 * {@code progress.updated} delivery through {@code ix_delivery_coalescing}, a composite job's walk of a
 * template's recipients through {@code ix_award_template_recipient}. The database
 * explains the very query the store runs, and no table may be scanned whole.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class RuleLookupPlanTest {

    private static final Identity SUBJECT = Identity.handle("minecraft:survival", "player3");

    private static PlanTestDatabase database;

    @Parameter
    JdbcTarget target;

    @BeforeParameterizedClassInvocation
    static void openDatabase(JdbcTarget target) {
        database = PlanTestDatabase.shared(target);
    }

    private void assertServed(Runnable lookup, String table, String column) {
        List<PlanRecorder.ExplainedQuery> queries = database.recorder().explain(() -> database.store().transactions()
                .readOnly(() -> {
                    lookup.run();
                    return null;
                }));

        assertThat(queries).hasSize(1);
        PlanRecorder.ExplainedQuery query = queries.get(0);
        assertThat(query.plan().indexProblems(table, IndexUse.narrowedBy(table, column)))
                .as("how %s reads %s%nSQL: %s%nplan:%n%s", target, table, query.sql(), query.plan().text())
                .isEmpty();
    }

    @Test
    void the_templates_ruled_by_a_metric_are_found_through_the_rule_index() {
        assertThat(database.store().transactions().readOnly(() -> database.store().templates()
                .findByLiveRule(database.issuer(), PlanTestDatabase.METRICS.get(0)))).hasSize(2);
        assertServed(() -> database.store().templates().findByLiveRule(database.issuer(),
                PlanTestDatabase.METRICS.get(0)), "template", "live_rule_metric");
    }

    @Test
    void an_issuers_rule_templates_are_found_through_the_rule_index() {
        assertServed(() -> database.store().templates().findWithLiveRule(database.issuer()), "template",
                "issuer_id");
    }

    @Test
    void a_subjects_sum_is_one_read_by_key() {
        assertThat(database.store().transactions().readOnly(() -> database.store().metricCounters()
                .total(database.issuer(), SUBJECT, PlanTestDatabase.METRICS.get(1)))).isEqualTo(4);
        assertServed(() -> database.store().metricCounters().total(database.issuer(), SUBJECT,
                PlanTestDatabase.METRICS.get(1)), "metric_counter", "subject");
    }

    @Test
    void an_event_is_found_by_key() {
        assertServed(() -> database.store().metricEvents().find(database.issuer(), "e-3-likes"), "metric_event",
                "event_id");
    }

    @Test
    void a_subjects_day_sums_are_one_read_by_key_range() {
        DayRange week = new DayRange(PlanTestDatabase.FIRST_DAY.plusDays(3), PlanTestDatabase.FIRST_DAY.plusDays(9));
        assertThat(database.store().transactions().readOnly(() -> database.store().metricCounters()
                .days(database.issuer(), SUBJECT, PlanTestDatabase.METRICS.get(0), week))).hasSize(7);
        assertServed(() -> database.store().metricCounters().days(database.issuer(), SUBJECT,
                PlanTestDatabase.METRICS.get(0), week), "metric_day", "subject");
    }

    @Test
    void the_sums_of_a_batchs_subjects_are_one_read_through_the_counter_key() {
        List<SubjectMetric> keys = List.of(new SubjectMetric(SUBJECT, PlanTestDatabase.METRICS.get(1)),
                new SubjectMetric(Identity.handle("minecraft:survival", "player4"), PlanTestDatabase.METRICS.get(0)));
        assertThat(database.store().transactions().readOnly(() -> database.store().metricCounters()
                .totals(database.issuer(), keys))).hasSize(2).containsEntry(keys.get(0), 4L);
        assertServed(() -> database.store().metricCounters().totals(database.issuer(), keys), "metric_counter",
                "subject");
    }

    @Test
    void the_day_sums_of_a_batchs_subjects_are_one_read_through_the_day_key() {
        DayRange week = new DayRange(PlanTestDatabase.FIRST_DAY.plusDays(3), PlanTestDatabase.FIRST_DAY.plusDays(9));
        Map<SubjectMetric, DayRange> ranges = Map.of(new SubjectMetric(SUBJECT, PlanTestDatabase.METRICS.get(0)), week,
                new SubjectMetric(Identity.handle("minecraft:survival", "player4"), PlanTestDatabase.METRICS.get(1)),
                new DayRange(week.from(), week.from()));
        assertThat(database.store().transactions().readOnly(() -> database.store().metricCounters()
                .days(database.issuer(), ranges))).hasSize(2);
        assertServed(() -> database.store().metricCounters().days(database.issuer(), ranges), "metric_day",
                "subject");
    }

    @Test
    void the_ids_a_batch_of_events_finds_taken_are_looked_up_by_key() {
        MetricEvent taken = database.store().transactions().readOnly(() -> database.store().metricEvents()
                .find(database.issuer(), "e-3-likes")).orElseThrow();
        List<PlanRecorder.ExplainedQuery> queries = database.recorder().explain(() -> assertThat(database.store()
                .transactions().inTransaction(() -> database.store().metricEvents().insertNew(List.of(taken))))
                .isEmpty());

        assertThat(queries).hasSizeLessThanOrEqualTo(1);
        queries.forEach(query -> assertThat(query.plan().indexProblems("metric_event",
                IndexUse.narrowedBy("metric_event", "event_id"))).as(query.sql()).isEmpty());
    }

    @Test
    void the_subjects_a_batch_of_events_finds_enrolled_are_looked_up_by_key() {
        List<Identity> subjects = List.of(SUBJECT, Identity.handle("minecraft:survival", "player4"));
        database.store().transactions().inTransaction(() -> database.store().scores().enrolAll(database.issuer(),
                subjects));
        List<PlanRecorder.ExplainedQuery> queries = database.recorder().explain(() -> assertThat(database.store()
                .transactions().inTransaction(() -> database.store().scores().enrolAll(database.issuer(), subjects)))
                .isZero());

        assertThat(queries).hasSizeLessThanOrEqualTo(1);
        queries.forEach(query -> assertThat(query.plan().indexProblems("score_subject",
                IndexUse.narrowedBy("score_subject", "subject"))).as(query.sql()).isEmpty());
    }

    @Test
    void the_composites_naming_a_template_are_found_through_the_dependency_key() {
        TemplateId ruled = database.store().transactions().readOnly(() -> database.store().templates()
                .findWithLiveRule(database.issuer())).get(0).id();
        assertThat(database.store().transactions().readOnly(() -> database.store().templates()
                .findByLiveDependency(ruled))).hasSize(1);
        assertServed(() -> database.store().templates().findByLiveDependency(ruled), "template_rule_dependency",
                "required_id");
    }

    @Test
    void a_rule_award_is_found_by_key() {
        TemplateId ruled = database.store().transactions().readOnly(() -> database.store().templates()
                .findWithLiveRule(database.issuer())).get(0).id();
        assertThat(database.store().transactions().readOnly(() -> database.store().ruleAwards()
                .qualifiedAt(ruled, SUBJECT))).isPresent();
        assertServed(() -> database.store().ruleAwards().qualifiedAt(ruled, SUBJECT), "rule_award", "subject");
    }

    @Test
    void a_retroactive_job_walks_the_subjects_of_a_metric_through_an_index() {
        assertThat(database.store().transactions().readOnly(() -> database.store().metricCounters().subjects(
                database.issuer(), PlanTestDatabase.METRICS.get(0), Optional.of(SUBJECT.key()), 5))).hasSize(5);
        assertServed(() -> database.store().metricCounters().subjects(database.issuer(),
                PlanTestDatabase.METRICS.get(0), Optional.of(SUBJECT.key()), 5), "metric_counter", "metric");
    }

    @Test
    void a_composite_job_walks_the_recipients_of_a_named_template_through_an_index() {
        assertThat(database.store().transactions().readOnly(() -> database.store().awards().recipients(
                database.template(), Optional.empty(), 3))).hasSize(3);
        assertServed(() -> database.store().awards().recipients(database.template(),
                Optional.of(SUBJECT.key()), 5), "award", "template_id");
    }

    @Test
    void a_subjects_history_on_a_metric_is_read_through_an_index() {
        assertThat(database.store().transactions().readOnly(() -> database.store().metricEvents().history(
                database.issuer(), SUBJECT, PlanTestDatabase.METRICS.get(0)))).hasSize(1);
        assertServed(() -> database.store().metricEvents().history(database.issuer(), SUBJECT,
                PlanTestDatabase.METRICS.get(0)), "metric_event", "metric");
    }

    @Test
    void the_open_rule_jobs_are_found_without_reading_the_finished_ones() {
        Instant beforeTheClaimsLapse = Instant.now();
        assertThat(database.store().transactions().inTransaction(() -> database.store().ruleJobs()
                .claimNext(beforeTheClaimsLapse, beforeTheClaimsLapse.plusSeconds(60)))).isEmpty();
        assertServed(() -> database.store().ruleJobs().claimNext(beforeTheClaimsLapse,
                beforeTheClaimsLapse.plusSeconds(60)), "rule_job", "finished_at");
    }

    @Test
    void the_waiting_progress_delivery_to_coalesce_into_is_found_through_its_key_index() {
        assertServed(() -> database.store().deliveries().coalesce(new WebhookEndpointId(1), "12:member:1", "{}",
                Instant.now()), "delivery", "coalescing_key");
    }
}
