package dev.accolade.adapter.in.rest.request;

import dev.accolade.adapter.in.rest.json.EvidenceJson;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.request.RequestAwardCommand;
import dev.accolade.domain.template.TemplateId;

/**
 * The body of {@code POST /v1/templates/{template_id}/requests}, which may be empty.
 *
 * @param message why the member should be awarded, possibly absent
 * @param evidence what supports it, possibly absent
 */
public record ApplicationBody(String message, EvidenceJson evidence) {

    /** The command for this member and template. */
    public RequestAwardCommand toCommand(Actor actor, TemplateId template) {
        return new RequestAwardCommand(actor, template, message, EvidenceJson.toInput(evidence));
    }
}
