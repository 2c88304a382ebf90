package dev.accolade.domain.logline;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;

/**
 * A server's announcement that a player earned an achievement or advancement.
 *
 * @param player who earned it
 * @param kind the words the server used
 * @param title the achievement's name, as between the brackets
 */
public record Announcement(PlayerName player, AnnouncementKind kind, String title) {

    /** The longest title read from a line. */
    public static final int MAX_TITLE_LENGTH = 200;

    /** Checks every part is present and the title is one non-blank line. */
    public Announcement {
        requireNonNull(player, "player");
        requireNonNull(kind, "kind");
        title = Check.line(title, "title", MAX_TITLE_LENGTH);
    }
}
