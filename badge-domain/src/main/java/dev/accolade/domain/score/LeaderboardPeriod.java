package dev.accolade.domain.score;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The span a leaderboard ranks points over: all time, or the calendar day, ISO week (Monday to Sunday) or
 * month that contains an instant in the issuer's time zone. Each span has a key naming its bucket, such as
 * {@code d2026-03-01}, {@code w2026-W09} or {@code m2026-03}; points are kept per bucket.
 */
public enum LeaderboardPeriod {

    /** Every point ever. */
    ALL_TIME,
    /** The points of one calendar day. */
    DAY,
    /** The points of one ISO week, Monday to Sunday. */
    WEEK,
    /** The points of one calendar month. */
    MONTH;

    /** The bucket key of the all-time board. */
    public static final String ALL_TIME_KEY = "all";

    /** The name the API uses, such as {@code all_time}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The period an API name gives, or {@code period_invalid}. */
    public static LeaderboardPeriod parse(String name) {
        return Arrays.stream(values()).filter(period -> period.wireName().equals(name)).findFirst()
                .orElseThrow(() -> Check.invalid("period", "must be one of all_time, day, week, month"));
    }

    /** The key of this period's bucket that holds an instant, in a time zone. */
    public String keyAt(Instant at, ZoneId zone) {
        requireNonNull(at, "at");
        requireNonNull(zone, "zone");
        LocalDate date = at.atZone(zone).toLocalDate();
        return switch (this) {
            case ALL_TIME -> ALL_TIME_KEY;
            case DAY -> "d" + date;
            case WEEK -> String.format(Locale.ROOT, "w%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "m%d-%02d", date.getYear(), date.getMonthValue());
        };
    }

    /** The keys of every period's bucket that holds an instant: what one award at that instant counts in. */
    public static List<String> keysAt(Instant at, ZoneId zone) {
        return Arrays.stream(values()).map(period -> period.keyAt(at, zone)).toList();
    }
}
