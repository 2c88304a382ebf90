package dev.accolade.domain.identity;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Email addresses are trimmed and lower-cased, at most 128 characters, with one '@' and a dotted domain. */
class EmailAddressTest {

    private static final String DOMAIN = "@example.org";

    @Test
    void an_address_is_trimmed_and_lower_cased() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.ORG ").value()).isEqualTo("ada.lovelace@example.org");
    }

    @Test
    void addresses_differing_in_case_are_equal() {
        assertThat(new EmailAddress("ADA@example.org")).isEqualTo(new EmailAddress("ada@EXAMPLE.org"));
    }

    @Test
    void an_address_of_128_characters_is_accepted() {
        String value = "a".repeat(EmailAddress.MAX_LENGTH - DOMAIN.length()) + DOMAIN;

        assertThat(new EmailAddress(value).value()).hasSize(128);
    }

    @Test
    void an_address_of_129_characters_is_refused() {
        String value = "a".repeat(EmailAddress.MAX_LENGTH - DOMAIN.length() + 1) + DOMAIN;

        assertInvalid(() -> new EmailAddress(value), "email", "email_too_long");
    }

    @Test
    void the_limit_holds_for_the_lower_cased_address() {
        String value = "\u0130" + "a".repeat(EmailAddress.MAX_LENGTH - DOMAIN.length() - 1) + DOMAIN;

        assertInvalid(() -> new EmailAddress(value), "email", "email_too_long");
    }

    @Test
    void a_blank_address_is_required() {
        assertInvalid(() -> new EmailAddress("  "), "email", "email_required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.org", "ada@example", "ada@@example.org", "ada@exa@mple.org",
            "ada lovelace@example.org", "ada@.org", "ada@example.", "ada@example..org"})
    void a_malformed_address_is_refused(String value) {
        assertInvalid(() -> new EmailAddress(value), "email", "email_invalid");
    }

    @Test
    void an_address_on_two_lines_is_refused() {
        assertInvalid(() -> new EmailAddress("ada@example.org\nbcc@example.org"), "email", "email_invalid");
    }

    @Test
    void it_prints_as_its_value() {
        assertThat(new EmailAddress("Ada@Example.org")).hasToString("ada@example.org");
    }
}
