package dev.accolade.adapter.in.rest.request;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.request.RejectRequestCommand;
import dev.accolade.domain.request.AwardRequestId;

/**
 * The body of {@code POST /v1/requests/{id}/rejection}, which may be empty.
 *
 * @param reason why, possibly absent
 */
public record RejectionBody(String reason) {

    /** The command for this actor and request. */
    public RejectRequestCommand toCommand(Actor actor, AwardRequestId request) {
        return new RejectRequestCommand(actor, request, reason);
    }
}
