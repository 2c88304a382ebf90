package dev.accolade.domain.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LeaderboardPeriodTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant NEW_YEARS_EVE = Instant.parse("2026-12-31T20:00:00Z");

    @Test
    void each_period_names_the_bucket_that_holds_an_instant() {
        assertThat(LeaderboardPeriod.keysAt(NEW_YEARS_EVE, UTC))
                .containsExactly("all", "d2026-12-31", "w2026-W53", "m2026-12");
    }

    @Test
    void buckets_follow_the_time_zone() {
        assertThat(LeaderboardPeriod.keysAt(NEW_YEARS_EVE, ZoneId.of("Pacific/Auckland")))
                .containsExactly("all", "d2027-01-01", "w2026-W53", "m2027-01");
        assertThat(LeaderboardPeriod.DAY.keyAt(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("America/New_York")))
                .isEqualTo("d2026-02-28");
    }

    @Test
    void weeks_are_iso_weeks_from_monday() {
        assertThat(LeaderboardPeriod.WEEK.keyAt(Instant.parse("2026-01-04T23:00:00Z"), UTC)).isEqualTo("w2026-W01");
        assertThat(LeaderboardPeriod.WEEK.keyAt(Instant.parse("2026-01-05T00:00:00Z"), UTC)).isEqualTo("w2026-W02");
        assertThat(LeaderboardPeriod.WEEK.keyAt(Instant.parse("2025-12-29T00:00:00Z"), UTC)).isEqualTo("w2026-W01");
    }

    @Test
    void the_api_names_parse_and_anything_else_is_period_invalid() {
        assertThat(LeaderboardPeriod.parse("all_time")).isEqualTo(LeaderboardPeriod.ALL_TIME);
        assertThat(LeaderboardPeriod.parse("month")).isEqualTo(LeaderboardPeriod.MONTH);
        assertThatThrownBy(() -> LeaderboardPeriod.parse("year")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("period_invalid");
        assertThatThrownBy(() -> LeaderboardPeriod.parse("DAY")).isInstanceOf(DomainException.class);
    }
}
