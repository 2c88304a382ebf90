package dev.accolade.application.paging;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A time window is half-open, kept to the microsecond, and within the years every store holds. */
class TimeWindowTest {

    private static final Instant START = Instant.parse("2030-01-31T12:00:00.000001Z");
    private static final Instant END = Instant.parse("2030-02-01T00:00:00Z");

    @Test
    void the_start_is_inside_and_the_end_is_not() {
        TimeWindow window = TimeWindow.between(START, END);

        assertThat(window.contains(START)).isTrue();
        assertThat(window.contains(END.minusNanos(1_000))).isTrue();
        assertThat(window.contains(END)).isFalse();
        assertThat(window.contains(START.minusNanos(1_000))).isFalse();
    }

    @Test
    void an_open_end_reaches_as_far_as_time_goes() {
        assertThat(TimeWindow.between(null, END).contains(Instant.parse("0001-01-01T00:00:00Z"))).isTrue();
        assertThat(TimeWindow.between(START, null).contains(Instant.parse("9999-12-31T23:59:59Z"))).isTrue();
        assertThat(TimeWindow.ALWAYS.contains(START)).isTrue();
    }

    @Test
    void a_window_that_does_not_end_after_it_starts_holds_nothing() {
        assertThat(TimeWindow.between(END, END).contains(END)).isFalse();
        assertThat(TimeWindow.between(END, START).contains(START)).isFalse();
    }

    @Test
    void both_ends_are_cut_to_the_microsecond() {
        TimeWindow window = TimeWindow.between(START.plusNanos(999), END.plusNanos(1));

        assertThat(window).isEqualTo(new TimeWindow(Optional.of(START), Optional.of(END)));
    }

    @Test
    void an_end_outside_the_years_1_to_9999_is_refused_by_name() {
        assertInvalid(() -> TimeWindow.between(Instant.parse("+10000-01-01T00:00:00Z"), null), "since",
                "since_invalid");
        assertInvalid(() -> TimeWindow.between(null, Instant.parse("-0001-12-31T00:00:00Z")), "before",
                "before_invalid");
    }
}
