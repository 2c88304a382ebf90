package dev.accolade.application.gameserver;

import dev.accolade.domain.gameserver.GameServer;

/** Registers a game server, with a new key, for an issuer. */
public interface CreateGameServerUseCase {

    /** The new server. */
    GameServer createGameServer(CreateGameServerCommand command);
}
