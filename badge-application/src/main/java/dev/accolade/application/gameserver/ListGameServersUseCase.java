package dev.accolade.application.gameserver;

import dev.accolade.domain.gameserver.GameServer;
import java.util.List;

/** Lists an issuer's game servers. */
public interface ListGameServersUseCase {

    /** The issuer's servers, oldest first. */
    List<GameServer> listGameServers(ListGameServersQuery query);
}
