package dev.accolade.application.gameserver;

import dev.accolade.domain.gameserver.GameServer;

/** Finds a game server by its key. */
public interface GetGameServerUseCase {

    /** The server, or {@code server_not_found}. */
    GameServer getGameServer(GameServerQuery query);
}
