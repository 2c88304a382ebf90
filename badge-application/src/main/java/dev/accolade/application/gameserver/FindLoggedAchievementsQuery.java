package dev.accolade.application.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.logline.PlayerName;
import dev.accolade.domain.template.TitleSearch;
import java.util.Optional;

/**
 * A page of a server's achievements read from its log, newest first.
 *
 * @param actor who asks: the operator, the server's issuer or its owner, or any signed-in member
 * @param server the server's key
 * @param player only this player's
 * @param window only those announced within this window
 * @param text only those whose name, message or player's name contains this text
 * @param page which page
 */
public record FindLoggedAchievementsQuery(Actor actor, ServerKey server, Optional<PlayerName> player,
        TimeWindow window, Optional<TitleSearch> text, PageRequest page) {

    /** Checks every part is present. */
    public FindLoggedAchievementsQuery {
        requireNonNull(actor, "actor");
        requireNonNull(server, "server");
        requireNonNull(player, "player");
        requireNonNull(window, "window");
        requireNonNull(text, "text");
        requireNonNull(page, "page");
    }
}
