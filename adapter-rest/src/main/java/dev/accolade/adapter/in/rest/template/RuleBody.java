package dev.accolade.adapter.in.rest.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.accolade.application.template.RuleInput;
import dev.accolade.domain.rule.Rule;
import java.util.List;

/**
 * A template's rule as the native API reads and writes it: {@code {"kind": "threshold", "metric": "comments",
 * "at_least": 25}} (with an optional {@code "within_days"}), {@code {"kind": "streak", "metric": "login",
 * "days": 7}} (or {@code "weeks"}), {@code {"kind": "all_of", "templates": [12, 13]}} or
 * {@code {"kind": "any_of", "templates": [12, 13], "at_least": 1}}. Only the kind's own fields are written.
 *
 * @param kind {@code threshold}, {@code streak}, {@code all_of} or {@code any_of}
 * @param metric the metric's name, for threshold and streak
 * @param atLeast the sum that earns a threshold, or how many templates an {@code any_of} needs
 * @param withinDays a threshold's sliding window, in days
 * @param days a streak's length in consecutive days
 * @param weeks a streak's length in consecutive weeks
 * @param templates the templates a composite rule looks at
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleBody(String kind, String metric, Long atLeast, Integer withinDays, Integer days, Integer weeks,
        List<Long> templates) {

    /** The use cases' input. */
    public RuleInput toInput() {
        return new RuleInput(kind, metric, atLeast, withinDays, days, weeks, templates);
    }

    /** The body of a rule, or null for none. */
    public static RuleBody from(Rule rule) {
        if (rule == null) {
            return null;
        }
        RuleInput input = RuleInput.of(rule);
        return new RuleBody(input.kind(), input.metric(), input.atLeast(), input.withinDays(), input.days(),
                input.weeks(), input.templates());
    }
}
