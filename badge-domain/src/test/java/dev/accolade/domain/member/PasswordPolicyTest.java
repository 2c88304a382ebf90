package dev.accolade.domain.member;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** A password has 8 to 128 characters and is taken exactly as typed. */
class PasswordPolicyTest {

    @Test
    void eight_characters_are_enough() {
        assertThat(PasswordPolicy.check("abcdefgh")).isEqualTo("abcdefgh");
    }

    @Test
    void seven_characters_are_too_short() {
        assertInvalid(() -> PasswordPolicy.check("abcdefg"), "password", "password_too_short");
    }

    @Test
    void one_hundred_and_twenty_eight_characters_are_accepted() {
        assertThat(PasswordPolicy.check("p".repeat(PasswordPolicy.MAX_LENGTH))).hasSize(128);
    }

    @Test
    void one_hundred_and_twenty_nine_characters_are_too_long() {
        assertInvalid(() -> PasswordPolicy.check("p".repeat(129)), "password", "password_too_long");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_password_is_required(String password) {
        assertInvalid(() -> PasswordPolicy.check(password), "password", "password_required");
    }

    @Test
    void surrounding_spaces_are_kept() {
        assertThat(PasswordPolicy.check("  secret  ")).isEqualTo("  secret  ");
    }

    @Test
    void spaces_count_towards_the_minimum() {
        assertThat(PasswordPolicy.check(" secret ")).isEqualTo(" secret ");
    }
}
