package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** A revocation has a one-line reason of at most 500 characters and a time. */
class RevocationTest {

    @Test
    void the_reason_is_trimmed() {
        assertThat(new Revocation("  Cheated ", T0).reason()).isEqualTo("Cheated");
    }

    @Test
    void a_reason_of_500_characters_is_accepted() {
        assertThat(new Revocation("r".repeat(Revocation.MAX_REASON_LENGTH), T0).reason()).hasSize(500);
    }

    @Test
    void a_reason_of_501_characters_is_refused() {
        assertInvalid(() -> new Revocation("r".repeat(501), T0), "reason", "reason_too_long");
    }

    @Test
    void a_missing_reason_is_required() {
        assertInvalid(() -> new Revocation(null, T0), "reason", "reason_required");
    }

    @Test
    void a_reason_on_two_lines_is_refused() {
        assertInvalid(() -> new Revocation("Cheated\nTwice", T0), "reason", "reason_invalid");
    }

    @Test
    void the_time_is_required() {
        assertThatNullPointerException().isThrownBy(() -> new Revocation("Cheated", null));
    }
}
