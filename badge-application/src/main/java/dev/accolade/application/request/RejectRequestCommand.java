package dev.accolade.application.request;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Decline a request.
 *
 * @param actor who asks: the template's issuer, its owner, or the operator
 * @param request the request
 * @param reason why, possibly absent
 */
public record RejectRequestCommand(@NotNull Actor actor, @NotNull AwardRequestId request,
        @Size(max = AwardRequest.MAX_REASON_LENGTH) String reason) {
}
