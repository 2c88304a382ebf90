package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared input rules: presence, lengths, single lines, bounded lists and ranges. */
class CheckTest {

    @Test
    void required_returns_a_present_value() {
        assertThat(Check.required("x", "name")).isEqualTo("x");
    }

    @Test
    void required_refuses_an_absent_value() {
        assertInvalid(() -> Check.required(null, "icon"), "icon", "icon_required");
    }

    @Test
    void line_trims_the_value() {
        assertThat(Check.line("  Gold medal \t", "title", 20)).isEqualTo("Gold medal");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void line_refuses_a_blank_value(String blank) {
        DomainException e = assertInvalid(() -> Check.line(blank, "title", 20), "title", "title_required");

        assertThat(e).hasMessage("Title can't be blank");
    }

    @Test
    void line_accepts_exactly_the_maximum_length() {
        assertThat(Check.line("x".repeat(20), "title", 20)).hasSize(20);
    }

    @Test
    void line_refuses_one_character_over_the_maximum() {
        DomainException e = assertInvalid(() -> Check.line("x".repeat(21), "title", 20), "title", "title_too_long");

        assertThat(e).hasMessage("Title is too long (maximum is 20 characters)");
    }

    @Test
    void line_measures_the_length_after_trimming() {
        assertThat(Check.line("  " + "x".repeat(20) + "  ", "title", 20)).hasSize(20);
    }

    @Test
    void line_counts_utf16_units_as_every_layer_does() {
        assertInvalid(() -> Check.line("\uD83C\uDFC6".repeat(3), "title", 5), "title", "title_too_long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"first\nsecond", "first\rsecond", "tab\there", "nul\u0000", "del\u007f", "nel\u0085x"})
    void line_refuses_line_breaks_and_control_characters(String value) {
        assertInvalid(() -> Check.line(value, "title", 50), "title", "title_invalid");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void optional_line_is_empty_when_blank_or_absent(String value) {
        assertThat(Check.optionalLine(value, "nickname", 10)).isEmpty();
    }

    @Test
    void optional_line_trims_a_present_value() {
        assertThat(Check.optionalLine(" ada ", "nickname", 10)).contains("ada");
    }

    @Test
    void optional_line_refuses_one_character_over_the_maximum() {
        assertInvalid(() -> Check.optionalLine("x".repeat(11), "nickname", 10), "nickname", "nickname_too_long");
    }

    @Test
    void optional_line_refuses_control_characters() {
        assertInvalid(() -> Check.optionalLine("a\nb", "nickname", 10), "nickname", "nickname_invalid");
    }

    @Test
    void text_makes_an_absent_value_empty() {
        assertThat(Check.text(null, "description", 10)).isEmpty();
    }

    @Test
    void text_trims_and_keeps_line_breaks_and_tabs() {
        assertThat(Check.text("  one\r\n\ttwo  ", "description", 20)).isEqualTo("one\r\n\ttwo");
    }

    @Test
    void text_accepts_exactly_the_maximum_length() {
        assertThat(Check.text("x".repeat(10), "description", 10)).hasSize(10);
    }

    @Test
    void text_refuses_one_character_over_the_maximum() {
        assertInvalid(() -> Check.text("x".repeat(11), "description", 10), "description", "description_too_long");
    }

    @Test
    void text_refuses_other_control_characters() {
        assertInvalid(() -> Check.text("bell\u0007", "description", 10), "description", "description_invalid");
    }

    @Test
    void list_makes_an_absent_list_empty() {
        assertThat(Check.<String>list(null, "links", 2)).isEmpty();
    }

    @Test
    void list_accepts_exactly_the_maximum_number_of_entries() {
        assertThat(Check.list(List.of("a", "b"), "links", 2)).containsExactly("a", "b");
    }

    @Test
    void list_refuses_one_entry_over_the_maximum() {
        DomainException e = assertInvalid(() -> Check.list(List.of("a", "b", "c"), "links", 2), "links",
                "links_too_many");

        assertThat(e).hasMessage("Links has too many entries (maximum is 2)");
    }

    @Test
    void list_refuses_empty_entries() {
        assertInvalid(() -> Check.list(Arrays.asList("a", null), "links", 2), "links", "links_invalid");
    }

    @Test
    void list_returns_a_copy_that_cannot_change() {
        List<String> copy = Check.list(new java.util.ArrayList<>(List.of("a")), "links", 2);

        assertThat(copy).isUnmodifiable();
    }

    @Test
    void distinct_list_drops_repeats_and_keeps_the_first_order() {
        assertThat(Check.distinctList(List.of("b", "a", "b", "c", "a"), "tags", 3)).containsExactly("b", "a", "c");
    }

    @Test
    void distinct_list_counts_entries_after_dropping_repeats() {
        assertThat(Check.distinctList(List.of("a", "a", "a", "b"), "tags", 2)).containsExactly("a", "b");
    }

    @Test
    void distinct_list_refuses_more_distinct_entries_than_the_maximum() {
        assertInvalid(() -> Check.distinctList(Set.of("a", "b", "c"), "tags", 2), "tags", "tags_too_many");
    }

    @Test
    void distinct_list_refuses_empty_entries() {
        assertInvalid(() -> Check.distinctList(Arrays.asList("a", null), "tags", 5), "tags", "tags_invalid");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 2.5, 5.0})
    void range_accepts_values_within_the_bounds(double value) {
        assertThat(Check.range(value, "difficulty", 0.0, 5.0)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 5.01, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void range_refuses_values_outside_the_bounds_and_nan(double value) {
        assertInvalid(() -> Check.range(value, "difficulty", 0.0, 5.0), "difficulty", "difficulty_out_of_range");
    }

    @Test
    void fail_builds_the_code_from_attribute_and_rule() {
        DomainException e = Check.fail("expires_at", "invalid", "must lie in the future");

        assertThat(e.code()).isEqualTo("expires_at_invalid");
        assertThat(e).hasMessage("Expires at must lie in the future");
    }

    @ParameterizedTest
    @ValueSource(strings = {"one\u2028two", "one\u2029two"})
    void a_single_line_refuses_unicode_line_and_paragraph_separators(String value) {
        assertInvalid(() -> Check.line(value, "title", 200), "title", "title_invalid");
    }

    @Test
    void lines_and_texts_refuse_half_a_surrogate_pair_and_keep_whole_ones() {
        assertInvalid(() -> Check.line("cup \uD83C", "title", 20), "title", "title_invalid");
        assertInvalid(() -> Check.text("\uDFC6 cup", "description", 20), "description", "description_invalid");
        assertThat(Check.line("cup \uD83C\uDFC6", "title", 20)).isEqualTo("cup \uD83C\uDFC6");
    }

    @Test
    void an_instant_from_outside_is_kept_to_the_microsecond_within_the_years_1_to_9999() {
        Instant precise = Instant.parse("2026-11-23T10:15:30.123456789Z");

        assertThat(Check.instant(precise, "expires_at")).isEqualTo(Instant.parse("2026-11-23T10:15:30.123456Z"));
        assertThat(Check.instant(Instant.parse("9999-12-31T23:59:59.999999Z"), "expires_at")).isNotNull();
        assertInvalid(() -> Check.instant(Instant.parse("+10000-01-01T00:00:00Z"), "expires_at"), "expires_at",
                "expires_at_invalid");
        assertInvalid(() -> Check.instant(Instant.parse("-0001-12-31T00:00:00Z"), "expires_at"), "expires_at",
                "expires_at_invalid");
    }
}
