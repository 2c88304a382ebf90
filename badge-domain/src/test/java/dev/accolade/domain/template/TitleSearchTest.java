package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A title search: 1 to 100 characters on one line, matched anywhere in a title whatever the case. */
class TitleSearchTest {

    @Test
    void the_text_is_trimmed() {
        assertThat(new TitleSearch("  gold \t").text()).isEqualTo("gold");
    }

    @Test
    void a_text_of_100_characters_is_accepted() {
        assertThat(new TitleSearch("x".repeat(TitleSearch.MAX_LENGTH)).text()).hasSize(100);
    }

    @Test
    void a_text_of_101_characters_is_refused() {
        assertInvalid(() -> new TitleSearch("x".repeat(101)), "q", "q_too_long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_text_is_refused(String blank) {
        assertInvalid(() -> new TitleSearch(blank), "q", "q_required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "bell\u0007", "half \uD83C pair"})
    void a_text_that_is_not_one_well_formed_line_is_refused(String text) {
        assertInvalid(() -> new TitleSearch(text), "q", "q_invalid");
    }

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Über Baker|über|true",
        "ÇA VA|ça|true",
        "Crème Brûlée|CRÈME BRÛ|true",
        "ΟΔΟΣ|οδοσ|true",
        "ΟΔΟΣ|ς|true",
        "Ｆｕｌｌ width|full|true",
        "Oﬃce hours|office|true",
        "100% sure|0% s|true",
        "snake_case|e_c|true",
        "back\\slash|k\\s|true",
        "Gold medal|silver|false",
        "100 percent|%|false",
        "snakecase|_|false",
        "Creme|crème|false",
        "slash|\\|false"})
    void a_search_matches_a_title_containing_it_whatever_the_case_and_nothing_else(String title, String text,
            boolean contained) {
        assertThat(new TitleSearch(text).matches(title)).isEqualTo(contained);
    }

    @Test
    void folding_is_the_same_in_every_locale() {
        assertThat(TitleSearch.fold("İSTANBUL ıI")).isEqualTo("istanbul ii");
    }

    @Test
    void no_character_folds_to_more_than_the_stated_expansion() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (Character.getType(codePoint) == Character.SURROGATE) {
                continue;
            }
            String text = Character.toString(codePoint);
            assertThat(TitleSearch.fold(text).length()).as("U+%04X", codePoint)
                    .isLessThanOrEqualTo(text.length() * TitleSearch.MAX_EXPANSION);
        }
    }
}
