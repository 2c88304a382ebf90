package dev.accolade.application.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.rule.Progress;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.template.TemplateId;

/**
 * How far a subject is towards one rule template.
 *
 * @param template the template
 * @param title its live title
 * @param rule its live rule
 * @param progress the subject's value against the rule's target, and whether the subject holds the template
 * @param concealed whether the template is hidden from this reader: its title, rule and figures are not shown
 */
public record TemplateProgress(TemplateId template, String title, Rule rule, Progress progress,
        boolean concealed) {

    /** Checks every part is present. */
    public TemplateProgress {
        requireNonNull(template, "template");
        requireNonNull(title, "title");
        requireNonNull(rule, "rule");
        requireNonNull(progress, "progress");
    }
}
