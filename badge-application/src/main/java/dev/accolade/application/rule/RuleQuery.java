package dev.accolade.application.rule;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.constraints.NotNull;

/**
 * Read a template's live rule and its retroactive job.
 *
 * @param actor who asks: the template issuer's key, its owner, or the operator
 * @param template the template
 */
public record RuleQuery(@NotNull Actor actor, @NotNull TemplateId template) {
}
