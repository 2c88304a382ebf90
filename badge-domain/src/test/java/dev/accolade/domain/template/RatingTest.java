package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ratings run from 0.0 to 5.0; an error names the attribute it was given for. */
class RatingTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 2.5, 4.9, 5.0})
    void scores_from_zero_to_five_are_accepted(double value) {
        assertThat(new Rating(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 5.1, -1, 10, Double.NaN, Double.POSITIVE_INFINITY})
    void scores_outside_the_range_are_refused(double value) {
        assertInvalid(() -> new Rating(value), "rating", "rating_out_of_range");
    }

    @Test
    void a_score_for_a_named_attribute_names_it_when_refused() {
        assertInvalid(() -> Rating.of(5.5, "difficulty"), "difficulty", "difficulty_out_of_range");
    }

    @Test
    void nan_for_a_named_attribute_is_refused() {
        assertInvalid(() -> Rating.of(Double.NaN, "credibility"), "credibility", "credibility_out_of_range");
    }

    @Test
    void a_score_for_a_named_attribute_keeps_its_value() {
        assertThat(Rating.of(3.5, "difficulty")).isEqualTo(new Rating(3.5));
    }
}
