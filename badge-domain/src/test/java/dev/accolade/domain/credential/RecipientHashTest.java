package dev.accolade.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Open Badges recipient hash is {@code sha256$} and the hex SHA-256 of identity and salt. */
class RecipientHashTest {

    /** {@code printf 'alice@example.orgdeadsea' | sha256sum}, worked out by coreutils, not by us. */
    private static final String ALICE = "sha256$c934fdacc6242be0277a284970416aa9bfa583241fb85094bc96c504ee0abd4e";

    @Test
    void an_identity_and_salt_hash_as_sha256_of_both_in_lower_case_hex() {
        assertThat(RecipientHash.of("alice@example.org", "deadsea")).isEqualTo(ALICE);
    }

    @Test
    void the_open_badges_2_specification_example_hashes_as_it_says() {
        // Open Badges 2.0, IdentityHash: SHA-256 of "mayze", no salt.
        assertThat(RecipientHash.of("mayze", ""))
                .isEqualTo("sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6");
    }

    @Test
    void the_open_badges_3_specification_example_hashes_as_it_says() {
        // Open Badges 3.0, IdentityObject: "a@example.com" salted with "Kosher".
        assertThat(RecipientHash.of("a@example.com", "Kosher"))
                .isEqualTo("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399");
    }

    @Test
    void another_salt_gives_another_hash() {
        assertThat(RecipientHash.of("alice@example.org", "deadsee")).isNotEqualTo(ALICE);
    }

    @Test
    void a_hash_matches_its_identity_whatever_the_case_of_its_hex() {
        assertThat(RecipientHash.matches(ALICE.toUpperCase().replace("SHA256$", "sha256$"), "alice@example.org",
                "deadsea")).isTrue();
        assertThat(RecipientHash.matches(ALICE, "bob@example.org", "deadsea")).isFalse();
    }
}
