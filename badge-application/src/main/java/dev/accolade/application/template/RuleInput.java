package dev.accolade.application.template;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.DayTally.StreakUnit;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.rule.StreakRule;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.TemplateId;
import java.util.List;

/**
 * A template's rule as a client gives it: {@code {"kind": "threshold", "metric": "comments", "at_least": 25}}
 * (optionally {@code "within_days": 7}), {@code {"kind": "streak", "metric": "login", "days": 7}} (or
 * {@code "weeks"}), {@code {"kind": "all_of", "templates": [12, 13]}} or
 * {@code {"kind": "any_of", "templates": [12, 13], "at_least": 1}}.
 *
 * @param kind {@code threshold}, {@code streak}, {@code all_of} or {@code any_of}
 * @param metric the metric's name, for threshold and streak
 * @param atLeast the sum that earns a threshold; how many templates an {@code any_of} needs (default 1)
 * @param withinDays a threshold's sliding window in days, or null for all time
 * @param days a streak's length in consecutive days
 * @param weeks a streak's length in consecutive weeks
 * @param templates the ids of the templates a composite rule looks at
 */
public record RuleInput(String kind, String metric, Long atLeast, Integer withinDays, Integer days, Integer weeks,
        List<Long> templates) {

    /** No metric: a composite rule's. */
    private static final String NO_METRIC = null;
    /** No number: a streak's or an {@code all_of}'s {@code at_least}. */
    private static final Long NO_NUMBER = null;
    /** No count of days or weeks: a field the kind does not have. */
    private static final Integer NO_COUNT = null;
    /** No templates: a threshold's or a streak's. */
    private static final List<Long> NO_TEMPLATES = null;

    /** A threshold (or any other kind) given by its kind, metric and number only. */
    public RuleInput(String kind, String metric, Long atLeast) {
        this(kind, metric, atLeast, NO_COUNT, NO_COUNT, NO_COUNT, NO_TEMPLATES);
    }

    /** A threshold rule on a metric. */
    public static RuleInput threshold(String metric, long atLeast) {
        return new RuleInput(ThresholdRule.KIND, metric, atLeast);
    }

    /** A threshold rule within a sliding window of days. */
    public static RuleInput threshold(String metric, long atLeast, int withinDays) {
        return new RuleInput(ThresholdRule.KIND, metric, atLeast, withinDays, NO_COUNT, NO_COUNT, NO_TEMPLATES);
    }

    /** A streak of consecutive days. */
    public static RuleInput streakOfDays(String metric, int days) {
        return new RuleInput(StreakRule.KIND, metric, NO_NUMBER, NO_COUNT, days, NO_COUNT, NO_TEMPLATES);
    }

    /** A streak of consecutive weeks. */
    public static RuleInput streakOfWeeks(String metric, int weeks) {
        return new RuleInput(StreakRule.KIND, metric, NO_NUMBER, NO_COUNT, NO_COUNT, weeks, NO_TEMPLATES);
    }

    /** Held with all of these templates. */
    public static RuleInput allOf(List<Long> templates) {
        return new RuleInput(CompositeRule.Mode.ALL_OF.kind(), NO_METRIC, NO_NUMBER, NO_COUNT, NO_COUNT, NO_COUNT,
                templates);
    }

    /** Held with at least {@code atLeast} of these templates. */
    public static RuleInput anyOf(List<Long> templates, long atLeast) {
        return new RuleInput(CompositeRule.Mode.ANY_OF.kind(), NO_METRIC, atLeast, NO_COUNT, NO_COUNT, NO_COUNT,
                templates);
    }

    /** The input that gives this rule again. */
    public static RuleInput of(Rule rule) {
        if (rule instanceof ThresholdRule threshold) {
            return threshold.windowed() ? threshold(threshold.metric().name(), threshold.atLeast(),
                    threshold.withinDays()) : threshold(threshold.metric().name(), threshold.atLeast());
        }
        if (rule instanceof StreakRule streak) {
            return streak.unit() == StreakUnit.DAYS ? streakOfDays(streak.metric().name(), streak.length())
                    : streakOfWeeks(streak.metric().name(), streak.length());
        }
        CompositeRule composite = (CompositeRule) rule;
        List<Long> ids = composite.templates().stream().map(TemplateId::value).toList();
        return composite.mode() == CompositeRule.Mode.ANY_OF ? anyOf(ids, composite.atLeast()) : allOf(ids);
    }

    /**
     * The checked rule: {@code rule_kind_invalid} for an unknown kind, {@code rule_metric_invalid} for a metric
     * name of another shape, {@code rule_threshold_invalid} for a missing threshold or one below 1,
     * {@code rule_window_invalid}, {@code rule_streak_invalid}, {@code rule_templates_invalid} and
     * {@code rule_at_least_invalid} for the other numbers out of range.
     */
    public Rule toRule() {
        if (ThresholdRule.KIND.equals(kind)) {
            return new ThresholdRule(checkedMetric(), atLeast == null ? 0 : atLeast,
                    withinDays == null ? 0 : withinDays == 0 ? -1 : withinDays);
        }
        if (StreakRule.KIND.equals(kind)) {
            if ((days == null) == (weeks == null)) {
                throw Check.invalid("rule_streak", "must give either days or weeks");
            }
            return days != null ? new StreakRule(checkedMetric(), days, StreakUnit.DAYS)
                    : new StreakRule(checkedMetric(), weeks, StreakUnit.WEEKS);
        }
        if (CompositeRule.Mode.ALL_OF.kind().equals(kind)) {
            return CompositeRule.allOf(templateIds());
        }
        if (CompositeRule.Mode.ANY_OF.kind().equals(kind)) {
            long wanted = atLeast == null ? 1 : atLeast;
            return CompositeRule.anyOf(templateIds(), wanted > Integer.MAX_VALUE ? 0 : (int) wanted);
        }
        throw Check.invalid("rule_kind", "must be threshold, streak, all_of or any_of");
    }

    private Metric checkedMetric() {
        try {
            return new Metric(metric);
        } catch (DomainException invalid) {
            throw Check.invalid("rule_metric", "must start with a lower-case letter and hold at most "
                    + Metric.MAX_LENGTH + " lower-case letters, digits, '_', '.' or '-'");
        }
    }

    private List<TemplateId> templateIds() {
        if (templates == null || templates.stream().anyMatch(id -> id == null || id < 1)) {
            throw Check.invalid("rule_templates", "must name 1 to " + CompositeRule.MAX_TEMPLATES
                    + " templates by id, each once");
        }
        return templates.stream().map(TemplateId::new).toList();
    }
}
