package dev.accolade.application.gameserver;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * An issuer's game servers.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer
 */
public record ListGameServersQuery(@NotNull Actor actor, @NotNull IssuerId issuer) {
}
