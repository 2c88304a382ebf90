package dev.accolade.domain.rule;

import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.rule.DayTally.StreakUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A streak rule: events on consecutive days or weeks, decided from the days around an event, late ones too. */
class StreakRuleTest {

    /** A Wednesday. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 11);
    private static final Metric LOGIN = new Metric("login");
    private static final StreakRule SEVEN_DAYS = new StreakRule(LOGIN, 7, StreakUnit.DAYS);

    private static DayTally daysBefore(LocalDate last, int count) {
        DayTally days = DayTally.empty();
        for (int i = 0; i < count; i++) {
            days.add(last.minusDays(i), 1);
        }
        return days;
    }

    @Test
    void a_streak_out_of_range_is_rule_streak_invalid() {
        assertRefused(() -> new StreakRule(LOGIN, 0, StreakUnit.DAYS), ErrorCategory.INVALID, "rule_streak_invalid");
        assertRefused(() -> new StreakRule(LOGIN, 366, StreakUnit.DAYS), ErrorCategory.INVALID,
                "rule_streak_invalid");
        assertRefused(() -> new StreakRule(LOGIN, 53, StreakUnit.WEEKS), ErrorCategory.INVALID,
                "rule_streak_invalid");
    }

    @Test
    void seven_consecutive_days_meet_the_rule_and_six_do_not() {
        assertThat(SEVEN_DAYS.metBy(6, daysBefore(DAY, 6), DAY)).isFalse();
        assertThat(SEVEN_DAYS.metBy(7, daysBefore(DAY, 7), DAY)).isTrue();
        assertThat(SEVEN_DAYS.metBy(7, daysBefore(DAY, 7).add(DAY.minusDays(3), 5), DAY)).isTrue();
    }

    @Test
    void a_gap_breaks_the_streak_and_a_late_event_filling_it_joins_both_runs() {
        DayTally broken = daysBefore(DAY, 3).add(DAY.minusDays(4), 1).add(DAY.minusDays(5), 1)
                .add(DAY.minusDays(6), 1);
        LocalDate gap = DAY.minusDays(3);

        assertThat(SEVEN_DAYS.readsDays()).isTrue();
        assertThat(SEVEN_DAYS.metBy(6, broken, DAY)).isFalse();
        assertThat(SEVEN_DAYS.daysAround(gap)).contains(new DayRange(gap.minusDays(6), gap.plusDays(6)));
        assertThat(SEVEN_DAYS.metBy(7, broken.add(gap, 1), gap)).isTrue();
    }

    @Test
    void weeks_count_from_monday_and_any_day_of_a_week_keeps_it() {
        StreakRule threeWeeks = new StreakRule(LOGIN, 3, StreakUnit.WEEKS);
        LocalDate monday = LocalDate.of(2026, 3, 9);
        DayTally days = DayTally.empty().add(monday.minusDays(1), 1).add(monday.minusDays(13), 1).add(DAY, 1);

        assertThat(threeWeeks.daysAround(DAY)).contains(new DayRange(monday.minusWeeks(2), monday.plusWeeks(3)
                .minusDays(1)));
        assertThat(threeWeeks.metBy(3, days, DAY)).isTrue();
        assertThat(threeWeeks.metBy(2, DayTally.empty().add(monday.minusDays(1), 1).add(DAY, 1), DAY)).isFalse();
        assertThat(threeWeeks.describe()).isEqualTo("streak login 3 weeks");
    }

    @Test
    void progress_is_the_run_still_alive_today_capped_at_the_target() {
        assertThat(SEVEN_DAYS.daysBefore(DAY)).contains(new DayRange(DAY.minusDays(7), DAY));
        assertThat(SEVEN_DAYS.progressOn(0, daysBefore(DAY, 3), DAY)).isEqualTo(3);
        assertThat(SEVEN_DAYS.progressOn(0, daysBefore(DAY.minusDays(1), 3), DAY)).isEqualTo(3);
        assertThat(SEVEN_DAYS.progressOn(0, daysBefore(DAY.minusDays(2), 3), DAY)).isZero();
        assertThat(SEVEN_DAYS.progressOn(0, daysBefore(DAY, 8), DAY)).isEqualTo(7);
        assertThat(SEVEN_DAYS.target()).isEqualTo(7);
    }
}
