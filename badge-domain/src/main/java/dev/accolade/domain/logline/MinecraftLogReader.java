package dev.accolade.domain.logline;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads one log file's lines in order and yields the announcements among them, each placed in
 * time. Every dated or timed line moves the time line on, announcement or not, so that crossing
 * midnight is seen even when nobody earned anything around it.
 */
public final class MinecraftLogReader {

    private final LogTimeline timeline;

    private MinecraftLogReader(LogTimeline timeline) {
        this.timeline = timeline;
    }

    /** A reader of a file that starts on this date (from its name, or the day of ingestion) in this zone. */
    public static MinecraftLogReader startingOn(LocalDate startDate, ZoneId zone) {
        return new MinecraftLogReader(LogTimeline.startingOn(startDate, zone));
    }

    /** The announcement this line makes, if it is the server's own; lines must be given in file order. */
    public Optional<ReadAnnouncement> read(String rawLine) {
        ParsedLine parsed = MinecraftLogFormat.parse(rawLine);
        if (parsed.timestamp().isEmpty()) {
            return Optional.empty();
        }
        Instant at = timeline.place(parsed.timestamp().get());
        if (parsed.announcement().isEmpty()) {
            return Optional.empty();
        }
        return keptLine(rawLine).map(line -> new ReadAnnouncement(parsed.announcement().get(), at, line));
    }

    private static Optional<LogLine> keptLine(String rawLine) {
        try {
            String line = requireNonNull(rawLine, "rawLine");
            return Optional.of(new LogLine(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
        } catch (DomainException tooLong) {
            return Optional.empty();
        }
    }
}
