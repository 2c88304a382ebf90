package dev.accolade.adapter.in.rest.compat.mcserver;

import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.logline.PlayerName;
import dev.accolade.domain.member.MemberId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The dialect's opaque keys: an achievement's, a player's and a user's, each the URL-safe Base64 of a
 * kind-prefixed name, so that one kind's key never reads as another's. A player's key is always
 * longer than 16 characters, so it never reads as a player's name either.
 */
final class McServerKeys {

    private static final String ACHIEVEMENT = "mc-coal:achievement:";
    private static final String PLAYER = "mc-coal:player:";
    private static final String USER = "mc-coal:user:";
    private static final int MAX_KEY_LENGTH = 200;

    private McServerKeys() {
    }

    /** The key of the achievement an award is. */
    static String achievement(AwardId award) {
        return encode(ACHIEVEMENT + award.value());
    }

    /** The key of a player. */
    static String player(PlayerName player) {
        return encode(PLAYER + player.value());
    }

    /** The key of a member, as the dialect's user. */
    static String user(MemberId member) {
        return encode(USER + member.value());
    }

    /** The server a path's key names, or {@code server_not_found}. */
    static ServerKey server(String key) {
        try {
            return new ServerKey(key);
        } catch (DomainException malformed) {
            throw serverNotFound();
        }
    }

    /** The award an achievement key names, or {@code achievement_not_found}. */
    static AwardId achievementOf(String key) {
        try {
            return decode(key, ACHIEVEMENT).map(Long::parseLong).map(AwardId::new)
                    .orElseThrow(McServerKeys::achievementNotFound);
        } catch (RuntimeException unreadable) {
            throw achievementNotFound();
        }
    }

    /** The player a player's key or name stands for, or {@code player_not_found}. */
    static PlayerName playerOf(String keyOrName) {
        if (keyOrName != null && PlayerName.RULE.matcher(keyOrName).matches()) {
            return new PlayerName(keyOrName);
        }
        try {
            return decode(keyOrName, PLAYER).map(PlayerName::new).orElseThrow(McServerKeys::playerNotFound);
        } catch (RuntimeException unreadable) {
            throw playerNotFound();
        }
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> decode(String key, String prefix) {
        if (key == null || key.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        String plain = new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8);
        return plain.startsWith(prefix) ? Optional.of(plain.substring(prefix.length())) : Optional.empty();
    }

    private static DomainException serverNotFound() {
        return DomainException.notFound("server_not_found", "The server does not exist.");
    }

    private static DomainException achievementNotFound() {
        return DomainException.notFound("achievement_not_found", "The server has no such achievement.");
    }

    private static DomainException playerNotFound() {
        return DomainException.notFound("player_not_found", "No player has this key.");
    }
}
