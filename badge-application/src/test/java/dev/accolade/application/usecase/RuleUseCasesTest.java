package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.rule.RecordedEvents;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules: recording an issuer's events once each, summed per subject and metric. */
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
}
