package dev.accolade.adapter.in.rest.template;

import dev.accolade.application.template.RuleInput;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.rule.ThresholdRule;

/**
 * A template's rule as the native API reads and writes it: {@code {"kind": "threshold", "metric": "comments",
 * "at_least": 25}}.
 *
 * @param kind {@code threshold}
 * @param metric the metric's name
 * @param atLeast the sum that earns the template
 */
public record RuleBody(String kind, String metric, Long atLeast) {

    /** The use cases' input. */
    public RuleInput toInput() {
        return new RuleInput(kind, metric, atLeast);
    }

    /** The body of a rule, or null for none. */
    public static RuleBody from(Rule rule) {
        return rule == null ? null : new RuleBody(ThresholdRule.KIND, rule.metric().name(), rule.target());
    }
}
