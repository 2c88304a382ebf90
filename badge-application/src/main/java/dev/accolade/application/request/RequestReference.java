package dev.accolade.application.request;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.request.AwardRequestId;
import jakarta.validation.constraints.NotNull;

/**
 * Address one request: to read or accept it.
 *
 * @param actor who asks
 * @param request the request
 */
public record RequestReference(@NotNull Actor actor, @NotNull AwardRequestId request) {
}
