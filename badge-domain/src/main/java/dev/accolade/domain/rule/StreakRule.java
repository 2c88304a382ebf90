package dev.accolade.domain.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.rule.DayTally.StreakUnit;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Awarded when a subject has events on a metric on a number of consecutive days, or weeks (Monday to Sunday),
 * in the issuer's time zone.
 *
 * @param metric the metric looked at
 * @param length how many consecutive periods: 1 to {@link #MAX_DAYS} days or 1 to {@link #MAX_WEEKS} weeks
 * @param unit days or weeks
 */
public record StreakRule(Metric metric, int length, StreakUnit unit) implements MetricRule {

    /** The rule's kind, as the API names it. */
    public static final String KIND = "streak";
    /** The longest streak of days. */
    public static final int MAX_DAYS = 365;
    /** The longest streak of weeks. */
    public static final int MAX_WEEKS = 52;

    /** Checks the metric and unit are present and the length in range ({@code rule_streak_invalid}). */
    public StreakRule {
        requireNonNull(metric, "metric");
        requireNonNull(unit, "unit");
        int max = unit == StreakUnit.DAYS ? MAX_DAYS : MAX_WEEKS;
        if (length < 1 || length > max) {
            throw Check.invalid("rule_streak", "must give either days (1 to " + MAX_DAYS + ") or weeks (1 to "
                    + MAX_WEEKS + ")");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long target() {
        return length;
    }

    @Override
    public String describe() {
        return KIND + " " + metric.name() + " " + length + " " + unit.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean readsDays() {
        return true;
    }

    @Override
    public Optional<DayRange> daysAround(LocalDate day) {
        LocalDate period = unit.periodOf(day);
        long span = (long) (length - 1) * unit.days();
        return Optional.of(new DayRange(period.minusDays(span), period.plusDays(span + unit.days() - 1)));
    }

    @Override
    public boolean metBy(long total, DayTally days, LocalDate day) {
        return days.runThrough(day, unit) >= length;
    }

    @Override
    public Optional<DayRange> daysBefore(LocalDate today) {
        LocalDate period = unit.periodOf(today);
        return Optional.of(new DayRange(period.minusDays((long) length * unit.days()), today));
    }

    @Override
    public long progressOn(long total, DayTally days, LocalDate today) {
        return Math.min(days.runAliveOn(today, unit), length);
    }
}
