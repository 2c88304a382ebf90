package dev.accolade.application.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.LoggedAchievement;
import dev.accolade.domain.member.MemberId;
import java.util.Optional;

/**
 * An achievement read from a server's log, with its server and the member who holds it, once a
 * member has claimed the player.
 *
 * @param server the server
 * @param achievement the achievement
 * @param holder the member holding the award, if any
 * @param concealed whether the achievement's template is hidden from the reader (who neither acts for its issuer
 *     nor holds it): its name is then not to be shown
 */
public record LoggedAchievementView(GameServer server, LoggedAchievement achievement, Optional<MemberId> holder,
        boolean concealed) {

    /** Checks every part is present. */
    public LoggedAchievementView {
        requireNonNull(server, "server");
        requireNonNull(achievement, "achievement");
        requireNonNull(holder, "holder");
    }
}
