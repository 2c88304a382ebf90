package dev.accolade.domain.logline;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.error.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Places the timestamps of one log file, read in order, on the time line. A line with a date keeps
 * its date; a time-only line takes the date of the line before it, starting from the file's date,
 * and a time more than an hour earlier than the one before means the log crossed midnight. Times are
 * the server's local times in its time zone; an ambiguous local time (a clock set back) takes the
 * earlier instant.
 */
public final class LogTimeline {

    /** How far back a time may step without being taken for the next day: out-of-order threads, a clock set back. */
    static final Duration TOLERATED_STEP_BACK = Duration.ofHours(1);

    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final ZoneId zone;
    private LocalDate date;
    private LocalTime lastTime;

    private LogTimeline(LocalDate startDate, ZoneId zone) {
        this.date = requireNonNull(startDate, "startDate");
        this.zone = requireNonNull(zone, "zone");
    }

    /** A time line starting on this date, in this time zone; a date outside the years 1970 to 9999 is invalid. */
    public static LogTimeline startingOn(LocalDate startDate, ZoneId zone) {
        requireNonNull(startDate, "startDate");
        if (startDate.isBefore(EARLIEST) || startDate.isAfter(LATEST)) {
            throw DomainException.invalid("date_invalid", "A log's date must lie between 1970-01-01 and 9999-12-31.");
        }
        return new LogTimeline(startDate, zone);
    }

    /** The instant of the next timestamp read, which moves the time line on. */
    public Instant place(LogTimestamp stamp) {
        requireNonNull(stamp, "stamp");
        if (stamp.date().isPresent()) {
            date = stamp.date().get();
        } else if (lastTime != null && steppedBackOverMidnight(stamp.time())) {
            date = date.plusDays(1);
        }
        lastTime = stamp.time();
        return LocalDateTime.of(date, stamp.time()).atZone(zone).toInstant();
    }

    private boolean steppedBackOverMidnight(LocalTime time) {
        return Duration.between(time, lastTime).compareTo(TOLERATED_STEP_BACK) > 0;
    }
}
