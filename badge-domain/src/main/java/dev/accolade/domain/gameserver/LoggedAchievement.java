package dev.accolade.domain.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.logline.Announcement;
import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.template.TitleSearch;
import java.time.Instant;

/**
 * An award read from a game server's log: the announcement, when the server made it, the raw line
 * (by whose fingerprint a line read twice is known), and when it was read. Keyed by its award.
 *
 * @param award the award the line gave
 * @param server the server whose log it is
 * @param announcement what the server announced
 * @param at when the server announced it
 * @param line the raw line
 * @param readAt when Accolade read it
 */
public record LoggedAchievement(AwardId award, GameServerId server, Announcement announcement,
        Instant at, LogLine line, Instant readAt) {

    /** Checks every part is present. */
    public LoggedAchievement {
        requireNonNull(award, "award");
        requireNonNull(server, "server");
        requireNonNull(announcement, "announcement");
        requireNonNull(at, "at");
        requireNonNull(line, "line");
        requireNonNull(readAt, "readAt");
    }

    /** The fingerprint of the line, unique among a server's logged achievements. */
    public String fingerprint() {
        return line.fingerprint();
    }

    /** The announcement's words and title, as the server wrote them: {@code has just earned the achievement [X]}. */
    public String message() {
        return announcement.kind().words() + " [" + announcement.title() + "]";
    }

    /** The text a search looks in, folded: the message and the player's name, on lines of their own. */
    public String searchText() {
        return TitleSearch.fold(message()) + "\n" + TitleSearch.fold(announcement.player().value());
    }

    /** Whether a search finds this achievement in its name, message or player's name, whatever the case. */
    public boolean matches(TitleSearch search) {
        return searchText().contains(search.folded());
    }
}
