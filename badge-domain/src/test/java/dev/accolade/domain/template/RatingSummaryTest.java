package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.domain.member.MemberId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A template's average scores, rounded half up to one decimal, over all its ratings. */
class RatingSummaryTest {

    private static final TemplateId TEMPLATE = new TemplateId(1);

    private static TemplateRating rating(long member, double difficulty, double credibility) {
        return new TemplateRating(TEMPLATE, new MemberId(member), new Rating(difficulty), new Rating(credibility), T0);
    }

    @Test
    void no_ratings_summarise_to_none() {
        assertThat(RatingSummary.of(List.of())).isEqualTo(RatingSummary.NONE);
    }

    @Test
    void none_has_no_count_and_zero_averages() {
        assertThat(RatingSummary.NONE).isEqualTo(new RatingSummary(0, 0.0, 0.0));
    }

    @Test
    void the_averages_are_taken_over_every_rating() {
        RatingSummary summary = RatingSummary.of(List.of(rating(1, 1.0, 5.0), rating(2, 3.0, 4.0)));

        assertThat(summary).isEqualTo(new RatingSummary(2, 2.0, 4.5));
    }

    @Test
    void the_averages_are_rounded_to_one_decimal() {
        RatingSummary summary = RatingSummary.of(List.of(rating(1, 4.0, 1.0), rating(2, 4.5, 1.0),
                rating(3, 4.0, 2.0)));

        assertThat(summary.difficulty()).isEqualTo(4.2);
        assertThat(summary.credibility()).isEqualTo(1.3);
    }

    @Test
    void a_half_is_rounded_up() {
        RatingSummary summary = RatingSummary.of(List.of(rating(1, 2.0, 0.0), rating(2, 2.5, 0.1)));

        assertThat(summary.difficulty()).isEqualTo(2.3);
        assertThat(summary.credibility()).isEqualTo(0.1);
    }

    @Test
    void totals_from_a_store_give_the_same_averages() {
        assertThat(RatingSummary.fromTotals(3, 12.5, 4.0)).isEqualTo(new RatingSummary(3, 4.2, 1.3));
    }

    @Test
    void zero_totals_give_none() {
        assertThat(RatingSummary.fromTotals(0, 0.0, 0.0)).isSameAs(RatingSummary.NONE);
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RatingSummary(-1, 0.0, 0.0));
    }

    @Test
    void averages_outside_the_range_are_refused() {
        assertInvalid(() -> new RatingSummary(1, 5.1, 0.0), "rating", "rating_out_of_range");
    }
}
