package dev.accolade.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.error.DomainException;
import org.junit.jupiter.api.Test;

class TemplatePointsTest {

    @Test
    void a_template_carries_no_points_unless_given() {
        assertThat(TemplateDetails.titled("Chatty").build().points()).isZero();
        assertThat(TemplateDetails.titled("Chatty").points(25).build().toBuilder().build().points()).isEqualTo(25);
    }

    @Test
    void points_run_from_zero_to_a_million() {
        assertThat(TemplateDetails.titled("Top").points(TemplateDetails.MAX_POINTS).build().points())
                .isEqualTo(1_000_000);
        assertThatThrownBy(() -> TemplateDetails.titled("Too much").points(1_000_001).build())
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("points_invalid");
        assertThatThrownBy(() -> TemplateDetails.titled("Negative").points(-1).build())
                .isInstanceOf(DomainException.class);
    }
}
