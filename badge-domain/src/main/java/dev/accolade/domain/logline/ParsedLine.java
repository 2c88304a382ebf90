package dev.accolade.domain.logline;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What one log line says: its timestamp, when it has the shape of a server log line, and the
 * announcement it makes, when it is the server's own announcement of an achievement.
 *
 * @param timestamp the line's timestamp
 * @param announcement the announcement
 */
public record ParsedLine(Optional<LogTimestamp> timestamp, Optional<Announcement> announcement) {

    /** A line that is not a server log line at all. */
    public static final ParsedLine NOTHING = new ParsedLine(Optional.empty(), Optional.empty());

    /** Checks both parts are present, and that an announcement has a timestamp. */
    public ParsedLine {
        requireNonNull(timestamp, "timestamp");
        requireNonNull(announcement, "announcement");
        if (announcement.isPresent() && timestamp.isEmpty()) {
            throw new IllegalArgumentException("an announcement comes with its line's timestamp");
        }
    }
}
