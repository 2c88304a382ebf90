package dev.accolade.application.port.out.gameserver;

import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.issuer.IssuerId;
import java.util.List;
import java.util.Optional;

/** Stores game servers; a server's key is unique ({@code server_key_taken}). */
public interface GameServerRepository {

    /** Adds a new server. */
    void insert(GameServer server);

    /** The server with this id. */
    Optional<GameServer> findById(GameServerId id);

    /** The server with this key. */
    Optional<GameServer> findByKey(ServerKey key);

    /** An issuer's servers, oldest first. */
    List<GameServer> findByIssuer(IssuerId issuer);
}
