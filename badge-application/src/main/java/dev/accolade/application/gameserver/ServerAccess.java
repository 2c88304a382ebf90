package dev.accolade.application.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.ServerKey;

/**
 * Who may reach a game server: its issuer (by key or through the member owning it) and the operator
 * write to it; they and every signed-in member read it. Runs inside the caller's unit of work.
 */
final class ServerAccess {

    private final GameServerRepository servers;
    private final Access access;

    ServerAccess(GameServerRepository gameServers, Access access) {
        this.servers = requireNonNull(gameServers, "gameServers");
        this.access = requireNonNull(access, "access");
    }

    /** The server, when the actor may act for its issuer. */
    GameServer owned(Actor actor, ServerKey key) {
        access.requireSignedIn(actor);
        GameServer server = find(key);
        if (!access.mayActFor(actor, server.issuer())) {
            throw DomainException.forbidden("server_forbidden", "You may not act for this server.");
        }
        return server;
    }

    /** The server, when the actor may read its achievements. */
    GameServer readable(Actor actor, ServerKey key) {
        access.requireSignedIn(actor);
        if (actor instanceof Actor.MemberActor) {
            return find(key);
        }
        return owned(actor, key);
    }

    private GameServer find(ServerKey key) {
        return servers.findByKey(key).orElseThrow(() -> DomainException.notFound("server_not_found",
                "The server does not exist."));
    }
}
