package dev.accolade.domain.rule;

import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.template.TemplateDetails;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A threshold rule: a positive target on one metric, all-time or within a window of days; progress towards it. */
class ThresholdRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 11);
    private static final ThresholdRule TWENTY_FIVE_COMMENTS = new ThresholdRule(new Metric("comments"), 25);

    private static void assertInvalid(ThrowingCallable call, String code) {
        assertRefused(call, ErrorCategory.INVALID, code);
    }

    @Test
    void a_threshold_of_zero_or_less_is_rule_threshold_invalid() {
        assertInvalid(() -> new ThresholdRule(new Metric("comments"), 0), "rule_threshold_invalid");
        assertInvalid(() -> new ThresholdRule(new Metric("comments"), -1), "rule_threshold_invalid");
    }

    @Test
    void a_window_outside_one_to_365_days_is_rule_window_invalid() {
        assertInvalid(() -> new ThresholdRule(new Metric("comments"), 5, -1), "rule_window_invalid");
        assertInvalid(() -> new ThresholdRule(new Metric("comments"), 5, 366), "rule_window_invalid");
        assertThat(new ThresholdRule(new Metric("comments"), 5, 365).windowed()).isTrue();
        assertThat(new ThresholdRule(new Metric("comments"), 5, 365).readsDays()).isTrue();
    }

    @Test
    void an_all_time_threshold_is_met_by_a_sum_at_or_above_it_and_reads_no_days() {
        assertThat(TWENTY_FIVE_COMMENTS.daysAround(DAY)).isEmpty();
        assertThat(TWENTY_FIVE_COMMENTS.readsDays()).isFalse();
        assertThat(TWENTY_FIVE_COMMENTS.metBy(24, DayTally.empty(), DAY)).isFalse();
        assertThat(TWENTY_FIVE_COMMENTS.metBy(25, DayTally.empty(), DAY)).isTrue();
        assertThat(TWENTY_FIVE_COMMENTS.metBy(40, DayTally.empty(), DAY)).isTrue();
        assertThat(TWENTY_FIVE_COMMENTS.progressOn(7, DayTally.empty(), DAY)).isEqualTo(7);
    }

    @Test
    void a_windowed_threshold_counts_only_the_days_of_some_window_holding_the_event() {
        ThresholdRule tenInAWeek = new ThresholdRule(new Metric("comments"), 10, 7);
        DayTally days = DayTally.empty().add(DAY.minusDays(7), 9).add(DAY, 4);

        assertThat(tenInAWeek.daysAround(DAY)).contains(new DayRange(DAY.minusDays(6), DAY.plusDays(6)));
        assertThat(tenInAWeek.metBy(13, days, DAY)).isFalse();
        assertThat(tenInAWeek.metBy(19, days.add(DAY.minusDays(6), 6), DAY)).isTrue();
    }

    @Test
    void a_late_event_completes_a_window_that_ends_after_its_day() {
        ThresholdRule tenInAWeek = new ThresholdRule(new Metric("comments"), 10, 7);
        DayTally days = DayTally.empty().add(DAY.plusDays(5), 6).add(DAY, 4);

        assertThat(tenInAWeek.metBy(10, days, DAY)).isTrue();
    }

    @Test
    void windowed_progress_is_the_sum_of_the_last_days_up_to_today() {
        ThresholdRule tenInAWeek = new ThresholdRule(new Metric("comments"), 10, 7);
        DayTally days = DayTally.empty().add(DAY.minusDays(7), 9).add(DAY.minusDays(6), 2).add(DAY, 3);

        assertThat(tenInAWeek.daysBefore(DAY)).contains(new DayRange(DAY.minusDays(6), DAY));
        assertThat(tenInAWeek.progressOn(14, days, DAY)).isEqualTo(5);
        assertThat(tenInAWeek.describe()).isEqualTo("threshold comments >= 10 in 7 days");
    }

    @Test
    void the_rule_describes_itself_for_the_awards_it_makes() {
        assertThat(TWENTY_FIVE_COMMENTS.describe()).isEqualTo("threshold comments >= 25");
        assertThat(TWENTY_FIVE_COMMENTS.target()).isEqualTo(25);
    }

    @Test
    void progress_is_a_whole_percentage_capped_at_a_hundred() {
        assertThat(new Progress(0, 25, false).percent()).isZero();
        assertThat(new Progress(3, 25, false).percent()).isEqualTo(12);
        assertThat(new Progress(25, 25, true).percent()).isEqualTo(100);
        assertThat(new Progress(80, 25, true).percent()).isEqualTo(100);
    }

    @Test
    void a_rule_is_part_of_a_templates_content_and_survives_its_builder() {
        TemplateDetails details = TemplateDetails.titled("Chatty").rule(TWENTY_FIVE_COMMENTS).build();

        assertThat(details.rule()).contains(TWENTY_FIVE_COMMENTS);
        assertThat(details.toBuilder().title("Chattier").build().rule()).contains(TWENTY_FIVE_COMMENTS);
        assertThat(TemplateDetails.titled("Plain").build().rule()).isEmpty();
    }
}
