package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.rule.RecordedEvents;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules: recording an issuer's events once each, summed per subject and metric; rules on templates. */
public abstract class RuleUseCasesTest extends UseCaseTest {

    private static final String STEVE = "handle:forum/steve";
    private static final Metric COMMENTS = new Metric("comments");

    private Issuer forum;

    @BeforeEach
    void anIssuer() {
        forum = issuer("forum");
    }

    private RecordedEvents record(EventInput... events) {
        return accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(events)));
    }

    private static EventInput comment(String id) {
        return new EventInput(id, STEVE, "comments", null, null);
    }

    private long total(String subject, Metric metric) {
        return store.transactions().readOnly(() -> store.metricCounters().total(forum.id(), Identity.parse(subject),
                metric));
    }

    private MetricEvent stored(String id) {
        return store.transactions().readOnly(() -> store.metricEvents().find(forum.id(), id)).orElseThrow();
    }

    /** Asserts the batch is refused with this code and that neither an event nor a sum was written. */
    private void assertRefusedWithNothingWritten(ThrowingCallable call, String code) {
        assertRefused(call, code, ErrorCategory.INVALID);
        assertThat(total(STEVE, COMMENTS)).isZero();
        assertThat(store.transactions().readOnly(() -> store.metricEvents().find(forum.id(), "ok"))).isEmpty();
    }

    @Test
    void events_are_recorded_with_their_defaults_and_summed_per_subject_and_metric() {
        Instant past = clock.peek().minus(Duration.ofDays(30));
        RecordedEvents result = record(comment("c1"), new EventInput("c2", STEVE, "comments", 4L, past),
                new EventInput("l1", STEVE, "likes", 2L, null),
                new EventInput("c3", "email:alex@example.org", "comments", null, null));

        assertThat(result.recorded()).isEqualTo(4);
        assertThat(result.duplicates()).isEmpty();
        assertThat(total(STEVE, COMMENTS)).isEqualTo(5);
        assertThat(total(STEVE, new Metric("likes"))).isEqualTo(2);
        assertThat(total("email:alex@example.org", COMMENTS)).isEqualTo(1);
        MetricEvent defaulted = stored("c1");
        assertThat(defaulted.value()).isEqualTo(1);
        assertThat(defaulted.occurredAt()).isEqualTo(defaulted.recordedAt());
        assertThat(stored("c2").occurredAt()).isEqualTo(past);
    }

    @Test
    void a_replayed_batch_changes_nothing_and_names_its_duplicates() {
        record(comment("c1"), comment("c2"));

        RecordedEvents replayed = record(comment("c1"), comment("c2"), comment("c3"));

        assertThat(replayed.recorded()).isEqualTo(1);
        assertThat(replayed.duplicates()).containsExactly("c1", "c2");
        assertThat(total(STEVE, COMMENTS)).isEqualTo(3);
    }

    @Test
    void an_event_id_is_counted_once_per_issuer_and_is_free_for_another() {
        Issuer other = issuer("other");
        record(comment("c1"));

        RecordedEvents theirs = accolade.rules().recordEvents(new RecordEventsCommand(as(other), other.id(),
                List.of(comment("c1"))));

        assertThat(theirs.recorded()).isEqualTo(1);
        assertThat(total(STEVE, COMMENTS)).isEqualTo(1);
    }

    @Test
    void every_bad_input_is_refused_with_its_own_code_and_nothing_written() {
        List<EventInput> tooMany = new ArrayList<>(IntStream.range(0, 1001).mapToObj(i -> comment("e" + i)).toList());
        Instant farFuture = clock.peek().plus(Duration.ofMinutes(6));
        assertRefusedWithNothingWritten(() -> record(), "events_empty");
        assertRefusedWithNothingWritten(() -> accolade.rules().recordEvents(new RecordEventsCommand(as(forum),
                forum.id(), tooMany)), "events_too_many");
        assertRefusedWithNothingWritten(() -> record(comment("ok"), comment("ok")), "event_id_repeated");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput("late", STEVE, "comments", null, farFuture)), "event_in_future");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput("x", "steve", "comments", null, null)), "subject_invalid");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput("x", STEVE, "Comments!", null, null)), "metric_invalid");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput("x", STEVE, "comments", 0L, null)), "value_invalid");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput(" ", STEVE, "comments", null, null)), "event_id_required");
    }

    @Test
    void an_event_up_to_five_minutes_ahead_is_accepted() {
        record(new EventInput("soon", STEVE, "comments", null, clock.peek().plus(Duration.ofMinutes(5))));

        assertThat(total(STEVE, COMMENTS)).isEqualTo(1);
    }

    @Test
    void only_the_issuers_key_its_owner_or_the_operator_records_its_events() {
        Issuer other = issuer("other");
        assertRefused(() -> accolade.rules().recordEvents(new RecordEventsCommand(as(other), forum.id(),
                List.of(comment("c1")))), "issuer_forbidden", ErrorCategory.FORBIDDEN);
        assertRefused(() -> accolade.rules().recordEvents(new RecordEventsCommand(Actor.anonymous(), forum.id(),
                List.of(comment("c1")))), "authentication_required", ErrorCategory.UNAUTHENTICATED);

        accolade.rules().recordEvents(new RecordEventsCommand(operator, forum.id(), List.of(comment("c1"))));
        assertThat(total(STEVE, COMMENTS)).isEqualTo(1);
    }

    private static TemplateInput ruled(String title, String metric, long atLeast) {
        return input(title, false, false).withRule(RuleInput.threshold(metric, atLeast));
    }

    private Template draft(TemplateInput content) {
        return accolade.templates().createTemplate(new CreateTemplateCommand(as(forum), forum.id(), content, false));
    }

    @Test
    void a_template_carries_a_threshold_rule_in_its_content() {
        Template chatty = published(forum, ruled("Chatty", "comments", 25));

        assertThat(chatty.awardable().details().rule()).contains(new ThresholdRule(COMMENTS, 25));
        assertThat(accolade.templates().getTemplate(new TemplateCommand(as(forum), chatty.id())).template()
                .details().rule()).contains(new ThresholdRule(COMMENTS, 25));
    }

    @Test
    void a_bad_rule_is_refused_with_its_own_code_and_nothing_written() {
        assertRefusedWithoutChange(() -> draft(ruled("Zero", "comments", 0)), "rule_threshold_invalid");
        assertRefusedWithoutChange(() -> draft(ruled("Negative", "comments", -3)), "rule_threshold_invalid");
        assertRefusedWithoutChange(() -> draft(input("No threshold", false, false)
                .withRule(new RuleInput("threshold", "comments", null))), "rule_threshold_invalid");
        assertRefusedWithoutChange(() -> draft(ruled("Shape", "Comments!", 5)), "rule_metric_invalid");
        assertRefusedWithoutChange(() -> draft(input("Streak", false, false)
                .withRule(new RuleInput("streak", "logins", 7L))), "rule_kind_invalid");
    }

    @Test
    void changing_the_rule_of_a_published_template_waits_for_review_while_the_old_rule_stays_live() {
        Template chatty = published(forum, ruled("Chatty", "comments", 25));

        Template edited = accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum), chatty.id(),
                ruled("Chatty", "comments", 50)));

        assertThat(edited.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(edited.details().rule()).contains(new ThresholdRule(COMMENTS, 50));
        assertThat(edited.awardable().details().rule()).contains(new ThresholdRule(COMMENTS, 25));
        Template approved = accolade.moderation().approveTemplate(new TemplateCommand(operator, chatty.id()));
        assertThat(approved.awardable().details().rule()).contains(new ThresholdRule(COMMENTS, 50));
    }
}
