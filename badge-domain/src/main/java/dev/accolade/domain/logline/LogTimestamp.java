package dev.accolade.domain.logline;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The time a log line starts with, in the server's own time zone: a full date and time in the older
 * and Forge formats, a time of day alone in the others.
 *
 * @param date the date, when the line carries one
 * @param time the time of day
 */
public record LogTimestamp(Optional<LocalDate> date, LocalTime time) {

    /** Checks both parts are present. */
    public LogTimestamp {
        requireNonNull(date, "date");
        requireNonNull(time, "time");
    }

    /** A time of day without a date. */
    public static LogTimestamp timeOnly(LocalTime time) {
        return new LogTimestamp(Optional.empty(), time);
    }

    /** A full date and time. */
    public static LogTimestamp dated(LocalDate date, LocalTime time) {
        return new LogTimestamp(Optional.of(date), time);
    }
}
