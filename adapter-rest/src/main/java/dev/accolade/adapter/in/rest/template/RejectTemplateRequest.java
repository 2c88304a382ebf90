package dev.accolade.adapter.in.rest.template;

import dev.accolade.application.moderation.RejectTemplateCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.TemplateId;

/**
 * The body of {@code POST /v1/templates/{id}/rejection}, which may be empty.
 *
 * @param reason why the template is refused, shown to its issuer
 */
public record RejectTemplateRequest(String reason) {

    /** The command for this actor and template. */
    public RejectTemplateCommand toCommand(Actor actor, TemplateId template) {
        return new RejectTemplateCommand(actor, template, reason);
    }
}
