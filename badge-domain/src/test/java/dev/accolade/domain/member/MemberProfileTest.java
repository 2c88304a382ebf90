package dev.accolade.domain.member;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.accolade.domain.identity.EmailAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A profile has an email, a name of at most 50 characters and an optional nickname of at most 50. */
class MemberProfileTest {

    private static final EmailAddress EMAIL = new EmailAddress("ada@example.org");

    private static MemberProfile profile(String name, Optional<String> nickname) {
        return new MemberProfile(EMAIL, name, nickname, Optional.empty());
    }

    @Test
    void the_email_is_required() {
        assertInvalid(() -> new MemberProfile(null, "Ada", Optional.empty(), Optional.empty()), "email",
                "email_required");
    }

    @Test
    void the_name_is_trimmed() {
        assertThat(profile("  Ada Lovelace ", Optional.empty()).name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void a_blank_name_is_required() {
        assertInvalid(() -> profile(" ", Optional.empty()), "name", "name_required");
    }

    @Test
    void a_name_of_50_characters_is_accepted() {
        assertThat(profile("n".repeat(MemberProfile.MAX_NAME_LENGTH), Optional.empty()).name()).hasSize(50);
    }

    @Test
    void a_name_of_51_characters_is_refused() {
        assertInvalid(() -> profile("n".repeat(51), Optional.empty()), "name", "name_too_long");
    }

    @Test
    void a_name_on_two_lines_is_refused() {
        assertInvalid(() -> profile("Ada\nLovelace", Optional.empty()), "name", "name_invalid");
    }

    @Test
    void the_nickname_is_optional() {
        assertThat(profile("Ada", Optional.empty()).nickname()).isEmpty();
    }

    @Test
    void a_blank_nickname_becomes_none() {
        assertThat(profile("Ada", Optional.of("   ")).nickname()).isEmpty();
    }

    @Test
    void the_nickname_is_trimmed() {
        assertThat(profile("Ada", Optional.of(" ada ")).nickname()).contains("ada");
    }

    @Test
    void a_nickname_of_50_characters_is_accepted() {
        assertThat(profile("Ada", Optional.of("k".repeat(MemberProfile.MAX_NICKNAME_LENGTH))).nickname().orElseThrow())
                .hasSize(50);
    }

    @Test
    void a_nickname_of_51_characters_is_refused() {
        assertInvalid(() -> profile("Ada", Optional.of("k".repeat(51))), "nickname", "nickname_too_long");
    }

    @Test
    void the_optional_parts_are_never_null() {
        assertThatNullPointerException().isThrownBy(() -> new MemberProfile(EMAIL, "Ada", null, Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new MemberProfile(EMAIL, "Ada", Optional.empty(), null));
    }
}
