package dev.accolade.domain.rule;

import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Events and their batches: metric names, values, ids, sizes and times, each refused with its own code. */
class MetricEventsTest {

    private static final Instant NOW = TestData.T0;
    private static final Identity STEVE = Identity.parse("handle:forum/steve");

    private static MetricEvent event(String id, Instant occurredAt) {
        return new MetricEvent(new IssuerId(1), id, STEVE, new Metric("comments"), 1, occurredAt, NOW);
    }

    private static List<MetricEvent> events(int count) {
        return IntStream.range(0, count).mapToObj(i -> event("e-" + i, NOW)).toList();
    }

    private static void assertInvalid(ThrowingCallable call, String code) {
        assertRefused(call, ErrorCategory.INVALID, code);
    }

    @Test
    void metric_names_of_the_documented_shape_are_accepted_known_or_not() {
        assertThat(new Metric("comments").name()).isEqualTo("comments");
        assertThat(new Metric("minecraft.achievement").name()).isEqualTo("minecraft.achievement");
        assertThat(new Metric("a" + "b".repeat(63)).name()).hasSize(64);
    }

    @Test
    void metric_names_of_another_shape_are_metric_invalid() {
        for (String name : new String[] {"", "Comments", "1st", "has space", "a" + "b".repeat(64), "émoji"}) {
            assertInvalid(() -> new Metric(name), "metric_invalid");
        }
        assertInvalid(() -> new Metric(null), "metric_invalid");
    }

    @Test
    void a_value_below_one_or_above_the_maximum_is_value_invalid() {
        assertInvalid(() -> MetricEvent.checkedValue(0), "value_invalid");
        assertInvalid(() -> MetricEvent.checkedValue(-3), "value_invalid");
        assertInvalid(() -> MetricEvent.checkedValue(MetricEvent.MAX_VALUE + 1), "value_invalid");
        assertThat(MetricEvent.checkedValue(MetricEvent.MAX_VALUE)).isEqualTo(MetricEvent.MAX_VALUE);
    }

    @Test
    void an_event_id_is_required_and_at_most_a_hundred_characters() {
        assertInvalid(() -> event(" ", NOW), "event_id_required");
        assertInvalid(() -> event("x".repeat(101), NOW), "event_id_too_long");
    }

    @Test
    void a_batch_holds_one_to_a_thousand_events() {
        assertInvalid(() -> EventBatch.of(List.of(), NOW), "events_empty");
        assertInvalid(() -> EventBatch.of(events(1001), NOW), "events_too_many");
        assertThat(EventBatch.of(events(1000), NOW).events()).hasSize(1000);
    }

    @Test
    void a_batch_naming_one_id_twice_is_event_id_repeated() {
        assertInvalid(() -> EventBatch.of(List.of(event("a", NOW), event("b", NOW), event("a", NOW)), NOW),
                "event_id_repeated");
    }

    @Test
    void an_event_may_lie_in_the_past_or_up_to_five_minutes_ahead_but_not_further() {
        Instant edge = NOW.plus(Duration.ofMinutes(5));
        assertThat(EventBatch.of(List.of(event("old", NOW.minus(Duration.ofDays(400))), event("edge", edge)), NOW)
                .events()).hasSize(2);
        assertInvalid(() -> EventBatch.of(List.of(event("late", edge.plusMillis(1))), NOW), "event_in_future");
    }
}
