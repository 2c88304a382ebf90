package dev.accolade.domain.rule;

import java.time.LocalDate;
import java.util.Optional;

/** A rule met by a subject's events on one metric, evaluated as each event is recorded. */
public sealed interface MetricRule extends Rule permits ThresholdRule, StreakRule {

    /** The metric whose events the rule looks at. */
    Metric metric();

    /**
     * Whether the rule reads a subject's sums per day (a window or a streak), which are kept only for the metrics
     * such a rule reads; a rule that does not needs the all-time sum alone.
     */
    boolean readsDays();

    /**
     * The days whose sums the rule needs to decide about an event on {@code day}, or empty when the all-time
     * sum is enough.
     */
    Optional<DayRange> daysAround(LocalDate day);

    /**
     * Whether a subject meets the rule once an event on {@code day} is counted.
     *
     * @param total the subject's all-time sum, this event included
     * @param days the subject's sums on the days {@link #daysAround} names, this event included
     * @param day the day of the event, in the issuer's time zone
     */
    boolean metBy(long total, DayTally days, LocalDate day);

    /** The days whose sums progress on {@code today} needs, or empty when the all-time sum is enough. */
    Optional<DayRange> daysBefore(LocalDate today);

    /** A subject's progress value on {@code today}, from the all-time sum or the days {@link #daysBefore} names. */
    long progressOn(long total, DayTally days, LocalDate today);
}
