package dev.accolade.domain.issuer;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slugs are 1 to 64 lower-case letters, digits, '-' and '_', starting and ending with a letter or digit. */
class IssuerSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"topchefs", "demo", "a", "7", "top-chefs", "top_chefs_2", "a-_-b"})
    void well_formed_slugs_are_accepted(String value) {
        assertThat(new IssuerSlug(value).value()).isEqualTo(value);
    }

    @Test
    void the_slug_is_trimmed() {
        assertThat(new IssuerSlug(" demo ").value()).isEqualTo("demo");
    }

    @Test
    void a_slug_of_64_characters_is_accepted() {
        assertThat(new IssuerSlug("s".repeat(IssuerSlug.MAX_LENGTH)).value()).hasSize(64);
    }

    @Test
    void a_slug_of_65_characters_is_refused() {
        assertInvalid(() -> new IssuerSlug("s".repeat(65)), "slug", "slug_too_long");
    }

    @Test
    void a_blank_slug_is_required() {
        assertInvalid(() -> new IssuerSlug(""), "slug", "slug_required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TopChefs", "DEMO", "demO"})
    void upper_case_is_refused(String value) {
        assertInvalid(() -> new IssuerSlug(value), "slug", "slug_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-demo", "demo-", "_demo", "demo_", "-", "_"})
    void a_slug_must_start_and_end_with_a_letter_or_digit(String value) {
        assertInvalid(() -> new IssuerSlug(value), "slug", "slug_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"top chefs", "top.chefs", "top/chefs", "tôp", "top:chefs"})
    void other_characters_are_refused(String value) {
        assertInvalid(() -> new IssuerSlug(value), "slug", "slug_invalid");
    }

    @Test
    void it_prints_as_its_value() {
        assertThat(new IssuerSlug("demo")).hasToString("demo");
    }
}
