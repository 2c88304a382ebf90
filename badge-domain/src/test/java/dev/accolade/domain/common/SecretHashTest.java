package dev.accolade.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets are kept as their SHA-256 and compared against it; the hash never shows in full. */
class SecretHashTest {

    @Test
    void the_hash_of_a_secret_is_its_sha256_in_lower_case_hex() {
        assertThat(SecretHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_same_secret_matches() {
        assertThat(SecretHash.of("s3cret-token").matches("s3cret-token")).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "s3cret-tokeN", "s3cret-token ", "other"})
    void another_secret_does_not_match(String candidate) {
        assertThat(SecretHash.of("s3cret-token").matches(candidate)).isFalse();
    }

    @Test
    void the_text_form_hides_all_but_the_first_eight_digits() {
        SecretHash hash = SecretHash.of("abc");

        assertThat(hash.toString()).isEqualTo("SecretHash[ba7816bf…]").doesNotContain(hash.hex());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a"})
    void a_digest_not_of_the_sha256_form_is_refused(String hex) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SecretHash(hex));
    }
}
