package dev.accolade.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.rule.SubjectDay;
import dev.accolade.application.port.out.rule.SubjectMetric;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about sums: each issuer, subject and metric its own, only ever growing. */
public abstract class MetricCounterRepositoryContract extends StoreContract {

    private static final Identity STEVE = Identity.parse("handle:forum/steve");
    private static final Identity ALEX = Identity.parse("email:alex@example.org");
    private static final Metric COMMENTS = new Metric("comments");
    private static final Metric LIKES = new Metric("likes");

    private IssuerId issuer;

    @BeforeEach
    void storeIssuer() {
        issuer = savedIssuer().id();
    }

    private long add(IssuerId to, Identity subject, Metric metric, long value) {
        return inTransaction(() -> store.metricCounters().add(to, subject, metric, value));
    }

    private long total(IssuerId of, Identity subject, Metric metric) {
        return read(() -> store.metricCounters().total(of, subject, metric));
    }

    @Test
    void nothing_counted_is_zero() {
        assertThat(total(issuer, STEVE, COMMENTS)).isZero();
    }

    @Test
    void each_addition_gives_the_new_sum() {
        assertThat(add(issuer, STEVE, COMMENTS, 1)).isEqualTo(1);
        assertThat(add(issuer, STEVE, COMMENTS, 5)).isEqualTo(6);
        assertThat(add(issuer, STEVE, COMMENTS, 1_000_000_000L)).isEqualTo(1_000_000_006L);

        assertThat(total(issuer, STEVE, COMMENTS)).isEqualTo(1_000_000_006L);
    }

    @Test
    void issuers_subjects_and_metrics_are_counted_apart() {
        IssuerId other = savedIssuer().id();
        add(issuer, STEVE, COMMENTS, 2);
        add(issuer, STEVE, LIKES, 3);
        add(issuer, ALEX, COMMENTS, 4);
        add(other, STEVE, COMMENTS, 5);

        assertThat(total(issuer, STEVE, COMMENTS)).isEqualTo(2);
        assertThat(total(issuer, STEVE, LIKES)).isEqualTo(3);
        assertThat(total(issuer, ALEX, COMMENTS)).isEqualTo(4);
        assertThat(total(other, STEVE, COMMENTS)).isEqualTo(5);
    }

    @Test
    void an_addition_in_a_unit_that_fails_is_not_kept() {
        add(issuer, STEVE, COMMENTS, 2);
        try {
            write(() -> {
                store.metricCounters().add(issuer, STEVE, COMMENTS, 10);
                throw new IllegalStateException("the batch failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the batch failed");
        }

        assertThat(total(issuer, STEVE, COMMENTS)).isEqualTo(2);
    }

    @Test
    void day_sums_add_up_per_day_and_are_read_by_range() {
        LocalDate day = LocalDate.of(2026, 3, 11);
        write(() -> {
            store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day, 2);
            store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day, 3);
            store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day.minusDays(2), 1);
            store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day.minusDays(9), 7);
            store.metricCounters().addOnDay(issuer, STEVE, LIKES, day, 4);
            store.metricCounters().addOnDay(issuer, ALEX, COMMENTS, day, 6);
        });

        assertThat(read(() -> store.metricCounters().days(issuer, STEVE, COMMENTS,
                new DayRange(day.minusDays(6), day.plusDays(6))))).isEqualTo(Map.of(day, 5L, day.minusDays(2), 1L));
        assertThat(read(() -> store.metricCounters().days(issuer, STEVE, LIKES, new DayRange(day, day))))
                .isEqualTo(Map.of(day, 4L));
        assertThat(read(() -> store.metricCounters().days(issuer, ALEX, LIKES, new DayRange(day, day)))).isEmpty();
    }

    @Test
    void the_subjects_with_a_sum_on_a_metric_are_walked_in_key_order_a_page_at_a_time() {
        Identity zoe = Identity.parse("handle:forum/zoe");
        add(issuer, STEVE, COMMENTS, 1);
        add(issuer, zoe, COMMENTS, 1);
        add(issuer, ALEX, COMMENTS, 1);
        add(issuer, ALEX, LIKES, 1);
        add(savedIssuer().id(), Identity.parse("handle:forum/other"), COMMENTS, 1);

        assertThat(read(() -> store.metricCounters().subjects(issuer, COMMENTS, Optional.empty(), 2)))
                .containsExactly(ALEX, STEVE);
        assertThat(read(() -> store.metricCounters().subjects(issuer, COMMENTS, Optional.of(STEVE.key()), 2)))
                .containsExactly(zoe);
        assertThat(read(() -> store.metricCounters().subjects(issuer, LIKES, Optional.empty(), 10)))
                .containsExactly(ALEX);
    }

    @Test
    void a_batch_of_additions_adds_to_each_key_and_the_sums_are_read_in_one_call() {
        IssuerId other = savedIssuer().id();
        add(issuer, STEVE, COMMENTS, 2);
        add(other, ALEX, COMMENTS, 50);
        SubjectMetric steveComments = new SubjectMetric(STEVE, COMMENTS);
        SubjectMetric steveLikes = new SubjectMetric(STEVE, LIKES);
        SubjectMetric alexComments = new SubjectMetric(ALEX, COMMENTS);

        Set<SubjectMetric> created = inTransaction(() -> store.metricCounters().addAll(issuer, Map.of(steveComments,
                5L, steveLikes, 1L, alexComments, 7L)));
        Set<SubjectMetric> createdAgain = inTransaction(() -> store.metricCounters().addAll(issuer,
                Map.of(alexComments, 1L)));

        assertThat(created).containsExactlyInAnyOrder(steveLikes, alexComments);
        assertThat(createdAgain).isEmpty();

        assertThat(read(() -> store.metricCounters().totals(issuer, List.of(steveComments, steveLikes,
                alexComments, new SubjectMetric(ALEX, LIKES))))).isEqualTo(Map.of(steveComments, 7L, steveLikes, 1L,
                alexComments, 8L));
        assertThat(total(other, ALEX, COMMENTS)).isEqualTo(50);
        assertThat(read(() -> store.metricCounters().totals(issuer, List.of()))).isEmpty();
    }

    @Test
    void a_batch_of_day_additions_adds_per_day_and_the_days_of_many_keys_are_read_in_one_call() {
        LocalDate day = LocalDate.of(2026, 3, 11);
        SubjectMetric steveComments = new SubjectMetric(STEVE, COMMENTS);
        SubjectMetric alexComments = new SubjectMetric(ALEX, COMMENTS);
        SubjectMetric alexLikes = new SubjectMetric(ALEX, LIKES);
        write(() -> store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day, 2));

        write(() -> store.metricCounters().addAllOnDays(issuer, Map.of(new SubjectDay(steveComments, day), 3L,
                new SubjectDay(steveComments, day.minusDays(1)), 1L, new SubjectDay(alexComments, day.minusDays(5)),
                4L, new SubjectDay(alexLikes, day), 6L)));

        Map<SubjectMetric, Map<LocalDate, Long>> found = read(() -> store.metricCounters().days(issuer, Map.of(
                steveComments, new DayRange(day.minusDays(1), day), alexComments, new DayRange(day.minusDays(2), day),
                alexLikes, new DayRange(day, day.plusDays(3)))));
        assertThat(found).isEqualTo(Map.of(steveComments, Map.of(day, 5L, day.minusDays(1), 1L),
                alexLikes, Map.of(day, 6L)));
        assertThat(read(() -> store.metricCounters().days(issuer, STEVE, COMMENTS, new DayRange(day, day))))
                .isEqualTo(Map.of(day, 5L));
        assertThat(read(() -> store.metricCounters().days(issuer, Map.of()))).isEmpty();
    }

    @Test
    void a_batch_larger_than_one_statement_adds_to_every_key_and_day() {
        LocalDate day = LocalDate.of(2026, 3, 11);
        List<SubjectMetric> keys = IntStream.range(0, 1_200)
                .mapToObj(n -> new SubjectMetric(Identity.parse("handle:forum/player-" + n), COMMENTS)).toList();
        write(() -> store.metricCounters().addAll(issuer, Map.of(keys.get(7), 2L, keys.get(1_100), 3L)));
        write(() -> store.metricCounters().addAllOnDays(issuer, Map.of(new SubjectDay(keys.get(600), day), 4L)));

        Set<SubjectMetric> created = inTransaction(() -> store.metricCounters().addAll(issuer, keys.stream()
                .collect(Collectors.toMap(key -> key, key -> 1L))));
        write(() -> store.metricCounters().addAllOnDays(issuer, keys.stream().collect(Collectors.toMap(
                key -> new SubjectDay(key, day), key -> 10L))));

        assertThat(created).hasSize(1_198).doesNotContain(keys.get(7), keys.get(1_100)).contains(keys.get(0),
                keys.get(1_199));
        Map<SubjectMetric, Long> totals = read(() -> store.metricCounters().totals(issuer, keys));
        assertThat(totals).hasSize(1_200).containsEntry(keys.get(0), 1L).containsEntry(keys.get(7), 3L)
                .containsEntry(keys.get(1_100), 4L).containsEntry(keys.get(1_199), 1L);
        Map<SubjectMetric, Map<LocalDate, Long>> days = read(() -> store.metricCounters().days(issuer,
                keys.stream().collect(Collectors.toMap(key -> key, key -> new DayRange(day, day)))));
        assertThat(days).hasSize(1_200).containsEntry(keys.get(0), Map.of(day, 10L))
                .containsEntry(keys.get(600), Map.of(day, 14L)).containsEntry(keys.get(1_199), Map.of(day, 10L));
    }

    @Test
    void replacing_a_subjects_day_sums_sets_exactly_those_days_and_leaves_other_keys_alone() {
        LocalDate day = LocalDate.of(2026, 3, 11);
        DayRange march = new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        write(() -> {
            store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day, 2);
            store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day.minusDays(2), 9);
            store.metricCounters().addOnDay(issuer, STEVE, LIKES, day, 4);
            store.metricCounters().addOnDay(issuer, ALEX, COMMENTS, day, 6);
        });

        write(() -> store.metricCounters().replaceDays(issuer, STEVE, COMMENTS, Map.of(day, 5L,
                day.minusDays(1), 1L)));

        assertThat(read(() -> store.metricCounters().days(issuer, STEVE, COMMENTS, march)))
                .isEqualTo(Map.of(day, 5L, day.minusDays(1), 1L));
        assertThat(read(() -> store.metricCounters().days(issuer, STEVE, LIKES, march))).isEqualTo(Map.of(day, 4L));
        assertThat(read(() -> store.metricCounters().days(issuer, ALEX, COMMENTS, march))).isEqualTo(Map.of(day, 6L));

        write(() -> store.metricCounters().replaceDays(issuer, STEVE, COMMENTS, Map.of()));
        assertThat(read(() -> store.metricCounters().days(issuer, STEVE, COMMENTS, march))).isEmpty();

        write(() -> store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day, 3));
        assertThat(read(() -> store.metricCounters().days(issuer, STEVE, COMMENTS, march))).isEqualTo(Map.of(day, 3L));
    }

    @Test
    void replaced_day_sums_in_a_unit_that_fails_are_not_kept() {
        LocalDate day = LocalDate.of(2026, 3, 11);
        write(() -> store.metricCounters().addOnDay(issuer, STEVE, COMMENTS, day, 2));
        try {
            write(() -> {
                store.metricCounters().replaceDays(issuer, STEVE, COMMENTS, Map.of(day.minusDays(1), 8L));
                throw new IllegalStateException("the rebuild failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the rebuild failed");
        }

        assertThat(read(() -> store.metricCounters().days(issuer, STEVE, COMMENTS, new DayRange(day.minusDays(5),
                day)))).isEqualTo(Map.of(day, 2L));
    }

    @Test
    void a_batch_of_additions_in_a_unit_that_fails_is_not_kept() {
        SubjectMetric steveComments = new SubjectMetric(STEVE, COMMENTS);
        add(issuer, STEVE, COMMENTS, 2);
        try {
            write(() -> {
                store.metricCounters().addAll(issuer, Map.of(steveComments, 10L));
                store.metricCounters().addAllOnDays(issuer, Map.of(new SubjectDay(steveComments,
                        LocalDate.of(2026, 3, 11)), 10L));
                throw new IllegalStateException("the batch failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the batch failed");
        }

        assertThat(total(issuer, STEVE, COMMENTS)).isEqualTo(2);
        assertThat(read(() -> store.metricCounters().days(issuer, Map.of(steveComments,
                new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))))).isEmpty();
    }
}
