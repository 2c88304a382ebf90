package dev.accolade.application.gameserver;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Register a game server of an issuer.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer that owns the server
 * @param name the server's name
 * @param timeZone the time zone its log is written in, such as {@code America/Chicago}
 */
public record CreateGameServerCommand(@NotNull Actor actor, @NotNull IssuerId issuer,
        @NotBlank @Size(max = GameServer.MAX_NAME_LENGTH) String name, @NotBlank @Size(max = 64) String timeZone) {
}
