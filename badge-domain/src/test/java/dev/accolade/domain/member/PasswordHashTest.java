package dev.accolade.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A stored password hash is a non-blank encoding of sane size that never prints. */
class PasswordHashTest {

    @Test
    void an_encoding_of_512_characters_is_accepted() {
        assertThat(new PasswordHash("h".repeat(512)).encoded()).hasSize(512);
    }

    @Test
    void an_encoding_of_513_characters_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash("h".repeat(513)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void a_blank_encoding_is_refused(String encoded) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash(encoded));
    }

    @Test
    void the_text_form_hides_the_encoding() {
        assertThat(new PasswordHash("$argon2id$v=19$secret").toString()).doesNotContain("argon2id");
    }
}
