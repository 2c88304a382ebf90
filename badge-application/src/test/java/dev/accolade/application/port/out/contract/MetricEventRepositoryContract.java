package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about events: kept exactly, each id once per issuer, ever. */
public abstract class MetricEventRepositoryContract extends StoreContract {

    private static final Identity STEVE = Identity.parse("handle:forum/steve");

    private IssuerId issuer;

    @BeforeEach
    void storeIssuer() {
        issuer = savedIssuer().id();
    }

    private static MetricEvent event(IssuerId issuer, String id, long value) {
        return new MetricEvent(issuer, id, STEVE, new Metric("comments"), value, plusMicros(at(1), 314_159),
                plusMicros(at(2), 271_828));
    }

    private boolean inserted(MetricEvent event) {
        return inTransaction(() -> store.metricEvents().insertIfNew(event));
    }

    @Test
    void a_new_event_is_recorded_and_comes_back_equal() {
        MetricEvent event = event(issuer, "comment-1", 3);

        assertThat(inserted(event)).isTrue();

        assertThat(read(() -> store.metricEvents().find(issuer, "comment-1"))).contains(event);
    }

    @Test
    void an_id_the_issuer_recorded_before_is_a_duplicate_and_changes_nothing() {
        MetricEvent first = event(issuer, "comment-1", 3);
        inserted(first);

        assertThat(inserted(event(issuer, "comment-1", 7))).isFalse();

        assertThat(read(() -> store.metricEvents().find(issuer, "comment-1"))).contains(first);
    }

    @Test
    void the_same_id_is_free_for_another_issuer_and_ids_are_compared_with_case() {
        IssuerId other = savedIssuer().id();
        inserted(event(issuer, "comment-1", 1));

        assertThat(inserted(event(other, "comment-1", 2))).isTrue();
        assertThat(inserted(event(issuer, "COMMENT-1", 3))).isTrue();

        assertThat(read(() -> store.metricEvents().find(other, "comment-1")).orElseThrow().value()).isEqualTo(2);
        assertThat(read(() -> store.metricEvents().find(issuer, "comment-%"))).isEmpty();
    }

    @Test
    void an_event_recorded_in_a_unit_that_fails_is_not_kept() {
        try {
            write(() -> {
                store.metricEvents().insertIfNew(event(issuer, "rolled-back", 1));
                throw new IllegalStateException("the batch failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the batch failed");
        }

        assertThat(read(() -> store.metricEvents().find(issuer, "rolled-back"))).isEmpty();
        assertThat(inserted(event(issuer, "rolled-back", 1))).isTrue();
    }

    @Test
    void a_subjects_history_on_a_metric_comes_in_the_order_it_occurred() {
        Metric comments = new Metric("comments");
        MetricEvent late = new MetricEvent(issuer, "b", STEVE, comments, 1, plusMicros(at(1), 0), at(9));
        MetricEvent early = new MetricEvent(issuer, "c", STEVE, comments, 2, at(0), at(9));
        MetricEvent tied = new MetricEvent(issuer, "a", STEVE, comments, 3, plusMicros(at(1), 0), at(9));
        inserted(late);
        inserted(early);
        inserted(tied);
        inserted(new MetricEvent(issuer, "d", STEVE, new Metric("likes"), 1, at(0), at(9)));
        inserted(new MetricEvent(issuer, "e", Identity.parse("email:alex@example.org"), comments, 1, at(0), at(9)));

        assertThat(read(() -> store.metricEvents().history(issuer, STEVE, comments)))
                .containsExactly(early, tied, late);
    }

    @Test
    void a_batch_records_its_new_events_in_one_call_and_tells_which_were_new() {
        MetricEvent before = event(issuer, "comment-1", 3);
        inserted(before);
        MetricEvent again = event(issuer, "comment-1", 9);
        MetricEvent second = event(issuer, "comment-2", 4);
        MetricEvent third = event(issuer, "comment-3", 5);

        Set<String> recorded = inTransaction(() -> store.metricEvents().insertNew(List.of(second, again, third)));

        assertThat(recorded).containsExactlyInAnyOrder("comment-2", "comment-3");
        assertThat(read(() -> store.metricEvents().find(issuer, "comment-1"))).contains(before);
        assertThat(read(() -> store.metricEvents().find(issuer, "comment-3"))).contains(third);
        assertThat(inTransaction(() -> store.metricEvents().insertNew(List.of(second, third)))).isEmpty();
        assertThat(inTransaction(() -> store.metricEvents().insertNew(List.of()))).isEmpty();
    }

    @Test
    void a_batch_larger_than_one_statement_records_every_new_event_once() {
        List<MetricEvent> events = IntStream.range(0, 1_200).mapToObj(n -> event(issuer, "many-" + n, n + 1)).toList();
        inserted(events.get(3));
        inserted(events.get(900));

        Set<String> recorded = inTransaction(() -> store.metricEvents().insertNew(events));

        assertThat(recorded).hasSize(1_198).doesNotContain("many-3", "many-900").contains("many-0", "many-1199");
        assertThat(read(() -> store.metricEvents().find(issuer, "many-1199"))).contains(events.get(1_199));
        assertThat(read(() -> store.metricEvents().find(issuer, "many-500"))).contains(events.get(500));
    }

    @Test
    void a_batch_with_a_taken_id_keeps_what_the_unit_wrote_before_it() {
        MetricEvent first = event(issuer, "unit-1", 1);
        MetricEvent second = event(issuer, "unit-2", 2);
        MetricEvent third = event(issuer, "unit-3", 3);

        List<Set<String>> recorded = inTransaction(() -> List.of(store.metricEvents().insertNew(List.of(first)),
                store.metricEvents().insertNew(List.of(second, event(issuer, "unit-1", 9), third))));

        assertThat(recorded).containsExactly(Set.of("unit-1"), Set.of("unit-2", "unit-3"));
        assertThat(read(() -> store.metricEvents().find(issuer, "unit-1"))).contains(first);
        assertThat(read(() -> store.metricEvents().find(issuer, "unit-2"))).contains(second);
        assertThat(read(() -> store.metricEvents().find(issuer, "unit-3"))).contains(third);
    }

    @Test
    void a_batch_in_a_unit_that_fails_is_not_kept() {
        try {
            write(() -> {
                store.metricEvents().insertNew(List.of(event(issuer, "rolled-1", 1), event(issuer, "rolled-2", 1)));
                throw new IllegalStateException("the batch failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the batch failed");
        }

        assertThat(read(() -> store.metricEvents().find(issuer, "rolled-1"))).isEmpty();
        assertThat(inTransaction(() -> store.metricEvents().insertNew(List.of(event(issuer, "rolled-2", 1)))))
                .containsExactly("rolled-2");
    }

    @Test
    void the_subjects_time_zone_an_event_names_comes_back() {
        MetricEvent zoned = new MetricEvent(issuer, "zoned", STEVE, new Metric("logins"), 1, at(1), at(2),
                Optional.of(ZoneId.of("Asia/Tokyo")));
        MetricEvent plain = event(issuer, "plain", 1);

        inTransaction(() -> store.metricEvents().insertNew(List.of(zoned, plain)));
        inserted(new MetricEvent(issuer, "single", STEVE, new Metric("logins"), 1, at(1), at(2),
                Optional.of(ZoneId.of("America/New_York"))));

        assertThat(read(() -> store.metricEvents().find(issuer, "zoned"))).contains(zoned);
        assertThat(read(() -> store.metricEvents().find(issuer, "plain")).orElseThrow().timeZone()).isEmpty();
        assertThat(read(() -> store.metricEvents().find(issuer, "single")).orElseThrow().timeZone())
                .contains(ZoneId.of("America/New_York"));
    }
}
