package dev.accolade.application.moderation;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Refuse a template pending review.
 *
 * @param actor the operator
 * @param template the template
 * @param reason why, possibly absent
 */
public record RejectTemplateCommand(@NotNull Actor actor, @NotNull TemplateId template,
        @Size(max = Template.MAX_REASON_LENGTH) String reason) {
}
