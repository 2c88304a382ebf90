package dev.accolade.application.request;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.request.RequestStatus;
import jakarta.validation.constraints.NotNull;

/**
 * List requests: those for an issuer's templates, or, without an issuer, the signed-in member's own.
 *
 * @param actor who asks
 * @param issuer the issuer, or null for the member's own requests
 * @param status only this status, or null for any
 * @param created only requests made within this window, or null for any time
 * @param page which page
 */
public record FindRequestsQuery(@NotNull Actor actor, IssuerId issuer, RequestStatus status,
        TimeWindow created, @NotNull PageRequest page) {
}
