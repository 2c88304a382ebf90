package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A recipient name has a first and a last part, each one well-formed line of at most 50 characters. */
class RecipientNameTest {

    @Test
    void both_parts_are_trimmed() {
        assertThat(new RecipientName("  Ada ", " Lovelace\t")).isEqualTo(new RecipientName("Ada", "Lovelace"));
    }

    @Test
    void parts_of_50_characters_are_accepted_however_they_are_written() {
        String first = "é".repeat(RecipientName.MAX_LENGTH);
        String last = "😀".repeat(RecipientName.MAX_LENGTH / 2);

        RecipientName name = new RecipientName(first, last);

        assertThat(name.first()).isEqualTo(first);
        assertThat(name.last()).isEqualTo(last);
    }

    @Test
    void a_first_name_of_51_characters_is_refused() {
        assertInvalid(() -> new RecipientName("a".repeat(51), "Lovelace"), "first_name", "first_name_too_long");
    }

    @Test
    void a_last_name_of_51_characters_is_refused() {
        assertInvalid(() -> new RecipientName("Ada", "b".repeat(51)), "last_name", "last_name_too_long");
    }

    @Test
    void a_name_on_two_lines_is_refused() {
        assertInvalid(() -> new RecipientName("Ada\nAugusta", "Lovelace"), "first_name", "first_name_invalid");
    }

    @Test
    void a_lone_half_of_a_surrogate_pair_is_refused() {
        assertInvalid(() -> new RecipientName("Ada", "Love\uD83Dlace"), "last_name", "last_name_invalid");
    }

    @Test
    void no_parts_make_no_name() {
        assertThat(RecipientName.of(null, null)).isEmpty();
        assertThat(RecipientName.of(" ", "")).isEmpty();
    }

    @Test
    void both_parts_make_a_name() {
        assertThat(RecipientName.of("Ada", "Lovelace")).contains(new RecipientName("Ada", "Lovelace"));
    }

    @Test
    void one_part_alone_is_refused_for_the_missing_one() {
        assertInvalid(() -> RecipientName.of("Ada", null), "last_name", "last_name_required");
        assertInvalid(() -> RecipientName.of(" ", "Lovelace"), "first_name", "first_name_required");
    }
}
