package dev.accolade.application.template;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Replace a template's content.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param template the template
 * @param content the new content
 */
public record UpdateTemplateCommand(@NotNull Actor actor, @NotNull TemplateId template,
        @NotNull @Valid TemplateInput content) {
}
