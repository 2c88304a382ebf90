package dev.accolade.domain.gameserver;

import dev.accolade.domain.common.Ids;

/**
 * The id of a game server.
 *
 * @param value a positive whole number below 2^53
 */
public record GameServerId(long value) {

    /** Checks the value is a valid id. */
    public GameServerId {
        Ids.check(value, "server_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
