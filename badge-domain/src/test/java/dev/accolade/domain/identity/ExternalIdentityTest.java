package dev.accolade.domain.identity;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A handle in a namespace is trimmed and otherwise kept as given, at most 128 characters on one line. */
class ExternalIdentityTest {

    private static final Namespace MINECRAFT = new Namespace("minecraft:survival");

    @Test
    void the_handle_is_trimmed() {
        assertThat(new ExternalIdentity(MINECRAFT, "  gumptionthomas ").handle()).isEqualTo("gumptionthomas");
    }

    @Test
    void the_handle_keeps_its_case() {
        assertThat(new ExternalIdentity(MINECRAFT, "GumptionThomas").handle()).isEqualTo("GumptionThomas");
    }

    @Test
    void a_handle_of_128_characters_is_accepted() {
        assertThat(new ExternalIdentity(MINECRAFT, "h".repeat(ExternalIdentity.MAX_HANDLE_LENGTH)).handle())
                .hasSize(128);
    }

    @Test
    void a_handle_of_129_characters_is_refused() {
        assertInvalid(() -> new ExternalIdentity(MINECRAFT, "h".repeat(129)), "handle", "handle_too_long");
    }

    @Test
    void a_handle_on_two_lines_is_refused() {
        assertInvalid(() -> new ExternalIdentity(MINECRAFT, "steve\nalex"), "handle", "handle_invalid");
    }

    @Test
    void a_blank_handle_is_required() {
        assertInvalid(() -> new ExternalIdentity(MINECRAFT, " "), "handle", "handle_required");
    }

    @Test
    void the_namespace_is_required() {
        assertInvalid(() -> new ExternalIdentity(null, "steve"), "namespace", "namespace_required");
    }

    @Test
    void handles_differing_in_case_are_different_identities() {
        assertThat(new ExternalIdentity(MINECRAFT, "Steve")).isNotEqualTo(new ExternalIdentity(MINECRAFT, "steve"));
    }
}
