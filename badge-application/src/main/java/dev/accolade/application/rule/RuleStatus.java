package dev.accolade.application.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.template.TemplateId;
import java.util.Optional;

/**
 * A template's live rule and the job that awards it retroactively.
 *
 * @param template the template
 * @param rule its live version's rule, empty when it has none (or is not published)
 * @param job the retroactive job of its rule, empty when none was scheduled (a composite rule has none)
 */
public record RuleStatus(TemplateId template, Optional<Rule> rule, Optional<RuleJob> job) {

    /** Checks every part is present. */
    public RuleStatus {
        requireNonNull(template, "template");
        requireNonNull(rule, "rule");
        requireNonNull(job, "job");
    }
}
