package dev.accolade.application.gameserver;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.ServerKey;
import jakarta.validation.constraints.NotNull;

/**
 * One game server by its key.
 *
 * @param actor who asks: the operator, the server's issuer or its owner, or any signed-in member
 * @param server the server's key
 */
public record GameServerQuery(@NotNull Actor actor, @NotNull ServerKey server) {
}
