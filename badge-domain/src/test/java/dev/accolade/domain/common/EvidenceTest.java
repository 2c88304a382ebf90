package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence is a narrative of at most 2000 characters and at most 10 links. */
class EvidenceTest {

    private static final WebUrl LINK = new WebUrl("https://example.org/proof");

    @Test
    void none_is_empty() {
        assertThat(Evidence.NONE.isEmpty()).isTrue();
    }

    @Test
    void absent_parts_become_empty() {
        Evidence evidence = new Evidence(null, null);

        assertThat(evidence.narrative()).isEmpty();
        assertThat(evidence.links()).isEmpty();
        assertThat(evidence.isEmpty()).isTrue();
    }

    @Test
    void a_narrative_alone_is_not_empty() {
        assertThat(new Evidence("I climbed it", List.of()).isEmpty()).isFalse();
    }

    @Test
    void a_link_alone_is_not_empty() {
        assertThat(new Evidence("", List.of(LINK)).isEmpty()).isFalse();
    }

    @Test
    void the_narrative_may_span_lines_and_is_trimmed() {
        assertThat(new Evidence(" day one\nday two ", List.of()).narrative()).isEqualTo("day one\nday two");
    }

    @Test
    void a_narrative_of_the_maximum_length_is_accepted() {
        assertThat(new Evidence("n".repeat(Evidence.MAX_NARRATIVE_LENGTH), List.of()).narrative()).hasSize(2000);
    }

    @Test
    void a_narrative_one_character_over_the_maximum_is_refused() {
        assertInvalid(() -> new Evidence("n".repeat(2001), List.of()), "narrative", "narrative_too_long");
    }

    @Test
    void ten_links_are_accepted() {
        assertThat(new Evidence("", Collections.nCopies(Evidence.MAX_LINKS, LINK)).links()).hasSize(10);
    }

    @Test
    void eleven_links_are_refused() {
        assertInvalid(() -> new Evidence("", Collections.nCopies(11, LINK)), "links", "links_too_many");
    }

    @Test
    void an_empty_link_is_refused() {
        assertInvalid(() -> new Evidence("", Arrays.asList(LINK, null)), "links", "links_invalid");
    }
}
