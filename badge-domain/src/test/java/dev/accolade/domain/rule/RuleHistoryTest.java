package dev.accolade.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.DayTally.StreakUnit;
import dev.accolade.domain.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Replaying a subject's stored events finds when it qualified for a rule; a retroactive job keeps its place. */
class RuleHistoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Metric LOGIN = new Metric("login");

    private static MetricEvent event(String id, long value, int day) {
        return new MetricEvent(new IssuerId(1), id, Identity.parse("handle:forum/steve"), LOGIN, value,
                T0.plus(Duration.ofDays(day)), T0);
    }

    @Test
    void a_threshold_is_met_at_the_event_that_brings_the_sum_to_it() {
        List<MetricEvent> events = List.of(event("a", 2, 0), event("b", 2, 1), event("c", 2, 2), event("d", 9, 3));

        assertThat(RuleHistory.qualifiedAt(new ThresholdRule(LOGIN, 5), events, ZoneOffset.UTC))
                .contains(T0.plus(Duration.ofDays(2)));
        assertThat(RuleHistory.qualifiedAt(new ThresholdRule(LOGIN, 100), events, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void a_window_and_a_streak_are_met_where_the_history_first_meets_them() {
        List<MetricEvent> events = List.of(event("a", 3, 0), event("b", 3, 9), event("c", 3, 10), event("d", 3, 11));

        assertThat(RuleHistory.qualifiedAt(new ThresholdRule(LOGIN, 6, 2), events, ZoneOffset.UTC))
                .contains(T0.plus(Duration.ofDays(10)));
        assertThat(RuleHistory.qualifiedAt(new StreakRule(LOGIN, 3, StreakUnit.DAYS), events, ZoneOffset.UTC))
                .contains(T0.plus(Duration.ofDays(11)));
        assertThat(RuleHistory.qualifiedAt(new StreakRule(LOGIN, 4, StreakUnit.DAYS), events, ZoneOffset.UTC))
                .isEqualTo(Optional.empty());
    }

    @Test
    void a_job_advances_page_by_page_and_is_claimable_until_it_finishes() {
        RuleJob job = RuleJob.start(new TemplateId(7), new IssuerId(1), new ThresholdRule(LOGIN, 5), T0);

        assertThat(job.claimableAt(T0)).isTrue();
        RuleJob claimed = job.claimedUntil(T0.plusSeconds(60));
        assertThat(claimed.claimableAt(T0.plusSeconds(30))).isFalse();
        assertThat(claimed.claimableAt(T0.plusSeconds(61))).isTrue();
        RuleJob advanced = claimed.advanced("handle:forum/steve", 500, 3).advanced("handle:forum/zoe", 20, 1);
        assertThat(advanced.after()).contains("handle:forum/zoe");
        assertThat(advanced.examined()).isEqualTo(520);
        assertThat(advanced.awarded()).isEqualTo(4);
        RuleJob done = advanced.finished(T0.plusSeconds(90));
        assertThat(done.open()).isFalse();
        assertThat(done.claimableAt(T0.plusSeconds(200))).isFalse();
        assertThat(done.rule()).isEqualTo("threshold login >= 5");
    }
}
