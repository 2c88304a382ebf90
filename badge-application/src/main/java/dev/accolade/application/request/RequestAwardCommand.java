package dev.accolade.application.request;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Apply to be awarded a published template.
 *
 * @param actor the applying member
 * @param template the template
 * @param message why, possibly absent
 * @param evidence what supports it, possibly absent
 */
public record RequestAwardCommand(@NotNull Actor actor, @NotNull TemplateId template,
        @Size(max = AwardRequest.MAX_MESSAGE_LENGTH) String message, @Valid EvidenceInput evidence) {
}
