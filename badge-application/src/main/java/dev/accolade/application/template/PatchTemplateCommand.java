package dev.accolade.application.template;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Change some parts of a template's content, the rest staying as it is, and possibly send it to
 * moderation, all in one unit of work.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param template the template
 * @param patch the changes
 * @param submitForReview whether to send a draft or rejected template to moderation afterwards
 */
public record PatchTemplateCommand(@NotNull Actor actor, @NotNull TemplateId template,
        @NotNull @Valid TemplatePatch patch, boolean submitForReview) {
}
