package dev.accolade.domain.error;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** One attribute's broken rule, and the sentence a client shows for it. */
class FieldErrorTest {

    @Test
    void the_sentence_starts_with_the_capitalised_attribute() {
        assertThat(new FieldError("title", "title_required", "can't be blank").sentence())
                .isEqualTo("Title can't be blank");
    }

    @Test
    void the_sentence_spells_underscores_as_spaces() {
        assertThat(new FieldError("expires_at", "expires_at_invalid", "must lie in the future").sentence())
                .isEqualTo("Expires at must lie in the future");
    }

    @Test
    void the_code_and_the_message_are_required() {
        assertThatNullPointerException().isThrownBy(() -> new FieldError("a", null, "m"));
        assertThatNullPointerException().isThrownBy(() -> new FieldError("a", "c", null));
    }

    @Test
    void a_field_error_names_its_attribute() {
        assertThatThrownBy(() -> new FieldError(" ", "x_invalid", "is invalid"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldError(null, "x_invalid", "is invalid"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
