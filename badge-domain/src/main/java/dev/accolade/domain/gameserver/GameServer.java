package dev.accolade.domain.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Namespace;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.logline.PlayerName;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A game server an issuer owns: its name, the key it is addressed by, and the time zone its log is
 * written in. Its players are identities in the namespace {@code minecraft:<key>}. Immutable.
 */
public final class GameServer {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The namespace prefix of every server's players. */
    public static final String NAMESPACE_PREFIX = "minecraft:";

    private final GameServerId id;
    private final IssuerId issuer;
    private final String name;
    private final ServerKey key;
    private final ZoneId zone;
    private final Instant createdAt;

    private GameServer(GameServerId id, IssuerId issuer, String name, ServerKey key, ZoneId zone,
            Instant createdAt) {
        this.id = requireNonNull(id, "id");
        this.issuer = requireNonNull(issuer, "issuer");
        this.name = Check.line(name, "name", MAX_NAME_LENGTH);
        this.key = Check.required(key, "server_key");
        this.zone = Check.required(zone, "time_zone");
        this.createdAt = requireNonNull(createdAt, "createdAt");
    }

    /** A new server of an issuer. */
    public static GameServer create(GameServerId id, IssuerId issuer, String name, ServerKey key, ZoneId zone,
            Instant now) {
        return new GameServer(id, issuer, name, key, zone, now);
    }

    /** A server as it was stored. */
    public static GameServer reconstitute(GameServerId id, IssuerId issuer, String name, ServerKey key,
            ZoneId zone, Instant createdAt) {
        return new GameServer(id, issuer, name, key, zone, createdAt);
    }

    /** The time zone a name such as {@code America/Chicago} or {@code UTC} stands for, or {@code time_zone_invalid}. */
    public static ZoneId zoneNamed(String name) {
        String checked = Check.line(name, "time_zone", 64);
        try {
            return ZoneId.of(checked);
        } catch (DateTimeException unknown) {
            throw Check.invalid("time_zone", "is not a known time zone, such as Europe/Berlin or UTC");
        }
    }

    /** The key of the server whose players live in a namespace, if it is a server's namespace. */
    public static Optional<ServerKey> keyOfNamespace(Namespace namespace) {
        String value = namespace.value();
        if (!value.startsWith(NAMESPACE_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerKey(value.substring(NAMESPACE_PREFIX.length())));
        } catch (RuntimeException notAKey) {
            return Optional.empty();
        }
    }

    /** The namespace this server's players are named in. */
    public Namespace namespace() {
        return new Namespace(NAMESPACE_PREFIX + key.value());
    }

    /** The identity of a player on this server. */
    public ExternalIdentity player(PlayerName player) {
        return new ExternalIdentity(namespace(), player.value());
    }

    public GameServerId id() {
        return id;
    }

    public IssuerId issuer() {
        return issuer;
    }

    public String name() {
        return name;
    }

    public ServerKey key() {
        return key;
    }

    /** The time zone the server's log is written in. */
    public ZoneId zone() {
        return zone;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GameServer that && id.equals(that.id) && issuer.equals(that.issuer)
                && name.equals(that.name) && key.equals(that.key) && zone.equals(that.zone)
                && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, key);
    }

    @Override
    public String toString() {
        return "GameServer[" + id + ", " + name + "]";
    }
}
