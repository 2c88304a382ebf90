package dev.accolade.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void the_ceiling_starts_at_30_seconds_doubles_per_failure_and_stops_at_one_hour() {
        assertThat(RetrySchedule.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetrySchedule.ceiling(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetrySchedule.ceiling(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetrySchedule.ceiling(8)).isEqualTo(Duration.ofHours(1));
        assertThat(RetrySchedule.ceiling(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void full_jitter_waits_the_drawn_fraction_of_the_ceiling() {
        assertThat(new RetrySchedule(() -> 0.0).next(CREATED, CREATED, 3)).contains(CREATED);
        assertThat(new RetrySchedule(() -> 0.5).next(CREATED, CREATED, 3)).contains(CREATED.plusSeconds(60));
        assertThat(new RetrySchedule(() -> 1.0).next(CREATED, CREATED, 3)).contains(CREATED.plusSeconds(120));
    }

    @Test
    void no_retry_is_scheduled_past_24_hours_after_the_delivery_was_written() {
        RetrySchedule schedule = new RetrySchedule(() -> 1.0);
        Instant late = CREATED.plus(Duration.ofHours(23).plusMinutes(30));

        assertThat(schedule.next(CREATED, late, 20)).isEmpty();
        assertThat(schedule.next(CREATED, late, 1)).contains(late.plusSeconds(30));
    }
}
