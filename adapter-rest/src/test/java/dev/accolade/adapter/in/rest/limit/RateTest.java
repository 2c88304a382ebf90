package dev.accolade.adapter.in.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A rate reads as per second and burst, a bare number (burst twice that), or 0 for off. */
class RateTest {

    @Test
    void a_rate_reads_per_second_and_burst() {
        assertThat(Rate.parse("50/100")).isEqualTo(new Rate(50, 100));
        assertThat(Rate.parse(" 0.5 / 3 ")).isEqualTo(new Rate(0.5, 3));
    }

    @Test
    void a_bare_number_bursts_twice_its_rate_and_at_least_one() {
        assertThat(Rate.parse("10")).isEqualTo(new Rate(10, 20));
        assertThat(Rate.parse("0.2")).isEqualTo(new Rate(0.2, 1));
    }

    @Test
    void zero_is_off() {
        assertThat(Rate.parse("0")).isEqualTo(Rate.OFF);
        assertThat(Rate.parse("0/50").off()).isTrue();
    }

    @Test
    void anything_else_is_refused() {
        for (String bad : new String[] {"", "fast", "-1", "10/", "/10", "10/0", "1e3", "10/s"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Rate.parse(bad));
        }
    }
}
