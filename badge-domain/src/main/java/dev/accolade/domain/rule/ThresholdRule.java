package dev.accolade.domain.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;

/**
 * Awarded when the sum of a subject's events on a metric reaches a number.
 *
 * @param metric the metric summed
 * @param atLeast the sum that earns the template, from 1 to {@link MetricEvent#MAX_VALUE}
 */
public record ThresholdRule(Metric metric, long atLeast) implements Rule {

    /** The rule's kind, as the API names it. */
    public static final String KIND = "threshold";

    /** Checks the metric is present and the threshold positive ({@code rule_threshold_invalid}). */
    public ThresholdRule {
        requireNonNull(metric, "metric");
        if (atLeast < 1 || atLeast > MetricEvent.MAX_VALUE) {
            throw Check.invalid("rule_threshold", "must be a whole number from 1 to " + MetricEvent.MAX_VALUE);
        }
    }

    @Override
    public long target() {
        return atLeast;
    }

    @Override
    public String describe() {
        return KIND + " " + metric.name() + " >= " + atLeast;
    }
}
