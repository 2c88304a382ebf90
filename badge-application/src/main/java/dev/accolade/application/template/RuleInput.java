package dev.accolade.application.template;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.rule.ThresholdRule;

/**
 * A template's rule as a client gives it, such as {@code {"kind": "threshold", "metric": "comments",
 * "at_least": 25}}.
 *
 * @param kind {@code threshold}, the only kind so far
 * @param metric the metric's name
 * @param atLeast the sum that earns the template, from 1
 */
public record RuleInput(String kind, String metric, Long atLeast) {

    /** A threshold rule on a metric. */
    public static RuleInput threshold(String metric, long atLeast) {
        return new RuleInput(ThresholdRule.KIND, metric, atLeast);
    }

    /** The input that gives this rule again. */
    public static RuleInput of(Rule rule) {
        return new RuleInput(ThresholdRule.KIND, rule.metric().name(), rule.target());
    }

    /**
     * The checked rule: {@code rule_kind_invalid} for a kind other than threshold, {@code rule_metric_invalid}
     * for a metric name of another shape, {@code rule_threshold_invalid} for a missing threshold or one below 1.
     */
    public Rule toRule() {
        if (!ThresholdRule.KIND.equals(kind)) {
            throw Check.invalid("rule_kind", "must be threshold");
        }
        Metric checked;
        try {
            checked = new Metric(metric);
        } catch (DomainException invalid) {
            throw Check.invalid("rule_metric", "must start with a lower-case letter and hold at most "
                    + Metric.MAX_LENGTH + " lower-case letters, digits, '_', '.' or '-'");
        }
        return new ThresholdRule(checked, atLeast == null ? 0 : atLeast);
    }
}
