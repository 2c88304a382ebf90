package dev.accolade.application.port.out.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.TimeWindow;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.logline.PlayerName;
import dev.accolade.domain.template.TitleSearch;
import java.util.Optional;

/**
 * Which of a server's logged achievements to list. Every present filter must match.
 *
 * @param server the server
 * @param player only this player's, by name, exactly
 * @param window only those announced within this window
 * @param text only those whose name, message or player's name contains this text
 */
public record LoggedAchievementQuery(GameServerId server, Optional<PlayerName> player, TimeWindow window,
        Optional<TitleSearch> text) {

    /** Checks every part is present. */
    public LoggedAchievementQuery {
        requireNonNull(server, "server");
        requireNonNull(player, "player");
        requireNonNull(window, "window");
        requireNonNull(text, "text");
    }

    /** All of a server's achievements. */
    public static LoggedAchievementQuery all(GameServerId server) {
        return new LoggedAchievementQuery(server, Optional.empty(), TimeWindow.ALWAYS, Optional.empty());
    }
}
