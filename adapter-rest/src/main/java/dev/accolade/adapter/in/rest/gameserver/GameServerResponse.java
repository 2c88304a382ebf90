package dev.accolade.adapter.in.rest.gameserver;

import dev.accolade.domain.gameserver.GameServer;

/**
 * A game server as the native API shows it.
 *
 * @param id the server's id
 * @param issuerId the issuer that owns it
 * @param name its name
 * @param key the key it is addressed by, in its log agent's and the mc-coal dialect's URLs
 * @param timeZone the time zone its log is written in
 * @param namespace the namespace its players are named in, to claim them
 * @param createdAt when it was registered, ISO-8601 in UTC
 */
public record GameServerResponse(long id, long issuerId, String name, String key, String timeZone, String namespace,
        String createdAt) {

    /** The response for a server. */
    public static GameServerResponse from(GameServer server) {
        return new GameServerResponse(server.id().value(), server.issuer().value(), server.name(),
                server.key().value(), server.zone().getId(), server.namespace().value(),
                server.createdAt().toString());
    }
}
