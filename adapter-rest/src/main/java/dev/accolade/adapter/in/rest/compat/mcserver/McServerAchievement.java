package dev.accolade.adapter.in.rest.compat.mcserver;

import dev.accolade.application.gameserver.LoggedAchievementView;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.LoggedAchievement;

/**
 * An achievement exactly as the specification lists its fields; times in the server's time zone.
 *
 * @param key the achievement's log line key
 * @param serverKey the server's key
 * @param name the achievement's name
 * @param message the announcement's words and bracketed name
 * @param username the player's name
 * @param playerKey the player's key
 * @param userKey the key of the member who claimed the player, {@code null} when none did
 * @param timestamp when the server announced it
 * @param line the raw log line
 * @param created when it was read
 * @param updated when it last changed: when it was read
 */
public record McServerAchievement(String key, String serverKey, String name, String message, String username,
        String playerKey, String userKey, String timestamp, String line, String created, String updated) {

    /** The achievement a view shows. */
    static McServerAchievement from(LoggedAchievementView view) {
        GameServer server = view.server();
        LoggedAchievement achievement = view.achievement();
        String read = McServerTimes.format(achievement.readAt(), server.zone());
        return new McServerAchievement(McServerKeys.achievement(achievement.award()), server.key().value(),
                achievement.announcement().title(), achievement.message(),
                achievement.announcement().player().value(), McServerKeys.player(achievement.announcement().player()),
                view.holder().map(McServerKeys::user).orElse(null),
                McServerTimes.format(achievement.at(), server.zone()), achievement.line().text(), read, read);
    }
}
