package dev.accolade.domain.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Awarded when the sum of a subject's events on a metric reaches a number: over all time, or within a sliding
 * window of days (in the issuer's time zone).
 *
 * @param metric the metric summed
 * @param atLeast the sum that earns the template, from 1 to {@link MetricEvent#MAX_VALUE}
 * @param withinDays the window's length in days, from 1 to {@link #MAX_WINDOW_DAYS}, or 0 for all time
 */
public record ThresholdRule(Metric metric, long atLeast, int withinDays) implements MetricRule {

    /** The rule's kind, as the API names it. */
    public static final String KIND = "threshold";
    /** The longest window, in days. */
    public static final int MAX_WINDOW_DAYS = 365;

    /**
     * Checks the metric is present, the threshold positive ({@code rule_threshold_invalid}) and the window in
     * range ({@code rule_window_invalid}).
     */
    public ThresholdRule {
        requireNonNull(metric, "metric");
        if (atLeast < 1 || atLeast > MetricEvent.MAX_VALUE) {
            throw Check.invalid("rule_threshold", "must be a whole number from 1 to " + MetricEvent.MAX_VALUE);
        }
        if (withinDays < 0 || withinDays > MAX_WINDOW_DAYS) {
            throw Check.invalid("rule_window", "must be a whole number of days from 1 to " + MAX_WINDOW_DAYS);
        }
    }

    /** A threshold over all time. */
    public ThresholdRule(Metric metric, long atLeast) {
        this(metric, atLeast, 0);
    }

    /** Whether the sum counts only the last {@link #withinDays} days. */
    public boolean windowed() {
        return withinDays > 0;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long target() {
        return atLeast;
    }

    @Override
    public String describe() {
        return KIND + " " + metric.name() + " >= " + atLeast + (windowed() ? " in " + withinDays + " days" : "");
    }

    @Override
    public boolean readsDays() {
        return windowed();
    }

    @Override
    public Optional<DayRange> daysAround(LocalDate day) {
        return windowed() ? Optional.of(new DayRange(day.minusDays(withinDays - 1L), day.plusDays(withinDays - 1L)))
                : Optional.empty();
    }

    @Override
    public boolean metBy(long total, DayTally days, LocalDate day) {
        return windowed() ? days.windowReaches(day, withinDays, atLeast) : total >= atLeast;
    }

    @Override
    public Optional<DayRange> daysBefore(LocalDate today) {
        return windowed() ? Optional.of(new DayRange(today.minusDays(withinDays - 1L), today)) : Optional.empty();
    }

    @Override
    public long progressOn(long total, DayTally days, LocalDate today) {
        return windowed() ? days.sum(today.minusDays(withinDays - 1L), today) : total;
    }
}
