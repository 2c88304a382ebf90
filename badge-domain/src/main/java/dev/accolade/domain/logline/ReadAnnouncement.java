package dev.accolade.domain.logline;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An announcement read from a log, placed in time, with the raw line it came from.
 *
 * @param announcement what the server announced
 * @param at when, on the time line
 * @param line the raw line, kept with the award
 */
public record ReadAnnouncement(Announcement announcement, Instant at, LogLine line) {

    /** Checks every part is present. */
    public ReadAnnouncement {
        requireNonNull(announcement, "announcement");
        requireNonNull(at, "at");
        requireNonNull(line, "line");
    }
}
