package dev.accolade.adapter.in.rest.compat.mcserver;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.accolade.application.gameserver.LoggedAchievementView;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.LoggedAchievement;

/**
 * An achievement exactly as the specification lists its fields; times in the server's time zone. One whose
 * template the application conceals from the reader (hidden, and the reader neither holds it nor acts for its
 * issuer) is named {@value #HIDDEN_NAME} in {@code name}, {@code message} and {@code line}, and says
 * {@code "hidden": true} (an addition, absent otherwise).
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
 * @param hidden whether the achievement is concealed from the reader; written only when it is
 */
public record McServerAchievement(String key, String serverKey, String name, String message, String username,
        String playerKey, String userKey, String timestamp, String line, String created, String updated,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hidden) {

    /** The name a concealed achievement shows instead of its own. */
    static final String HIDDEN_NAME = "Hidden achievement";

    /** The achievement a view shows, concealed when the view says so. */
    static McServerAchievement from(LoggedAchievementView view) {
        GameServer server = view.server();
        LoggedAchievement achievement = view.achievement();
        String read = McServerTimes.format(achievement.readAt(), server.zone());
        String title = achievement.announcement().title();
        boolean hidden = view.concealed();
        return new McServerAchievement(McServerKeys.achievement(achievement.award()), server.key().value(),
                hidden ? HIDDEN_NAME : title, hidden ? conceal(achievement.message(), title) : achievement.message(),
                achievement.announcement().player().value(), McServerKeys.player(achievement.announcement().player()),
                view.holder().map(McServerKeys::user).orElse(null),
                McServerTimes.format(achievement.at(), server.zone()),
                hidden ? conceal(achievement.line().text(), title) : achievement.line().text(), read, read, hidden);
    }

    /** The text with the bracketed name replaced by the hidden one; empty if the name still shows elsewhere. */
    private static String conceal(String text, String title) {
        String concealed = text.replace("[" + title + "]", "[" + HIDDEN_NAME + "]");
        return concealed.contains(title) ? "" : concealed;
    }
}
