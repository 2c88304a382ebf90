package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How often something was awarded and when last: a count of zero goes with no latest time, and only then. */
class AwardStatisticsTest {

    private static final Instant T1 = T0.plusSeconds(60);

    @Test
    void none_has_no_awards_and_no_latest_time() {
        assertThat(AwardStatistics.NONE).isEqualTo(new AwardStatistics(0, Optional.empty()));
    }

    @Test
    void including_the_first_award_counts_it_and_dates_it() {
        assertThat(AwardStatistics.NONE.including(T0)).isEqualTo(new AwardStatistics(1, Optional.of(T0)));
    }

    @Test
    void including_a_newer_award_moves_the_latest_time() {
        assertThat(AwardStatistics.NONE.including(T0).including(T1))
                .isEqualTo(new AwardStatistics(2, Optional.of(T1)));
    }

    @Test
    void including_an_older_award_keeps_the_latest_time() {
        assertThat(AwardStatistics.NONE.including(T1).including(T0))
                .isEqualTo(new AwardStatistics(2, Optional.of(T1)));
    }

    @Test
    void a_count_of_zero_has_no_latest_time() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AwardStatistics(0, Optional.of(T0)));
    }

    @Test
    void a_positive_count_has_a_latest_time() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AwardStatistics(3, Optional.empty()));
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AwardStatistics(-1, Optional.of(T0)));
    }
}
