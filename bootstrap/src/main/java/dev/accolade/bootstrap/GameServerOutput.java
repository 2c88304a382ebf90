package dev.accolade.bootstrap;

import dev.accolade.domain.gameserver.GameServer;

/**
 * A game server as the admin commands print it.
 *
 * @param id the server's id
 * @param issuer the id of the issuer that owns it
 * @param name its name
 * @param key the key its agent, the ingester and the mc-coal dialect address it by
 * @param timeZone the time zone its log is written in
 * @param namespace the namespace its players are named in
 */
public record GameServerOutput(long id, long issuer, String name, String key, String timeZone, String namespace) {

    /** The printed form of a server. */
    public static GameServerOutput from(GameServer server) {
        return new GameServerOutput(server.id().value(), server.issuer().value(), server.name(),
                server.key().value(), server.zone().getId(), server.namespace().value());
    }
}
