package dev.accolade.application.template;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.constraints.NotNull;

/**
 * Do something to one template that needs no other input: submit, approve, delete or read it.
 *
 * @param actor who asks
 * @param template the template
 */
public record TemplateCommand(@NotNull Actor actor, @NotNull TemplateId template) {
}
