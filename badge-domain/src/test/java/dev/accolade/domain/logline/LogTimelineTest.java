package dev.accolade.domain.logline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Time-only lines take their date from the file and move to the next day when the log crosses midnight. */
class LogTimelineTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDate FILE_DATE = LocalDate.of(2023, 5, 1);

    private final LogTimeline timeline = LogTimeline.startingOn(FILE_DATE, CHICAGO);

    @Test
    void a_time_only_line_is_placed_on_the_files_date_in_the_servers_zone() {
        assertThat(timeline.place(time(14, 47, 2))).isEqualTo(Instant.parse("2023-05-01T19:47:02Z"));
    }

    @Test
    void a_file_date_outside_the_years_1970_to_9999_is_invalid_input() {
        assertThat(catchThrowableOfType(DomainException.class,
                () -> LogTimeline.startingOn(LocalDate.MAX, CHICAGO)).code()).isEqualTo("date_invalid");
        assertThat(catchThrowableOfType(DomainException.class,
                () -> LogTimeline.startingOn(LocalDate.of(1969, 12, 31), CHICAGO)).code()).isEqualTo("date_invalid");
        assertThat(LogTimeline.startingOn(LocalDate.of(9999, 12, 31), CHICAGO).place(time(23, 0, 0)))
                .isEqualTo(Instant.parse("+10000-01-01T05:00:00Z"));
    }

    @Test
    void crossing_midnight_advances_the_date_once() {
        timeline.place(time(23, 59, 58));

        assertThat(timeline.place(time(0, 0, 3))).isEqualTo(Instant.parse("2023-05-02T05:00:03Z"));
        assertThat(timeline.place(time(9, 0, 0))).isEqualTo(Instant.parse("2023-05-02T14:00:00Z"));
        timeline.place(time(23, 0, 0));
        assertThat(timeline.place(time(1, 0, 0))).isEqualTo(Instant.parse("2023-05-03T06:00:00Z"));
    }

    @Test
    void a_small_step_back_is_not_taken_for_a_new_day() {
        timeline.place(time(14, 47, 3));

        assertThat(timeline.place(time(14, 47, 2))).isEqualTo(Instant.parse("2023-05-01T19:47:02Z"));
        assertThat(timeline.place(time(13, 50, 0))).isEqualTo(Instant.parse("2023-05-01T18:50:00Z"));
    }

    @Test
    void a_dated_line_sets_the_date_for_the_lines_after_it() {
        timeline.place(LogTimestamp.dated(LocalDate.of(2026, 10, 1), LocalTime.of(18, 2, 11)));

        assertThat(timeline.place(time(18, 3, 0))).isEqualTo(Instant.parse("2026-10-01T23:03:00Z"));
    }

    @Test
    void an_ambiguous_local_time_takes_the_earlier_instant() {
        LogTimeline autumn = LogTimeline.startingOn(LocalDate.of(2023, 11, 5), CHICAGO);

        assertThat(autumn.place(time(1, 30, 0))).isEqualTo(Instant.parse("2023-11-05T06:30:00Z"));
    }

    private static LogTimestamp time(int hour, int minute, int second) {
        return LogTimestamp.timeOnly(LocalTime.of(hour, minute, second));
    }
}
