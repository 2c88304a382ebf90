package dev.accolade.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken rule carries a category, a stable snake_case code and, for input, its attributes. */
class DomainExceptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"title_too_long", "member_not_confirmed", "a", "code2", "http_404_seen"})
    void snake_case_codes_are_accepted(String code) {
        DomainException e = new DomainException(ErrorCategory.CONFLICT, code, "Broken.");

        assertThat(e.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Title_too_long", "title-too-long", "titleTooLong", "_title", "title_", "title__long",
            "1title", "title too long"})
    void codes_that_are_not_snake_case_are_refused(String code) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DomainException(ErrorCategory.INVALID, code, "Broken."))
                .withMessageContaining("snake_case");
    }

    @Test
    void the_message_is_kept_in_words() {
        DomainException e = DomainException.conflict("offer_already_answered", "The offer was already accepted.");

        assertThat(e).hasMessage("The offer was already accepted.");
    }

    @Test
    void a_rule_without_attributes_has_no_field_errors() {
        assertThat(DomainException.ruleViolation("template_not_published", "Not published.").fieldErrors()).isEmpty();
    }

    @Test
    void each_factory_sets_its_category() {
        assertThat(List.of(
                DomainException.invalid("bad_input", "m").category(),
                DomainException.unauthenticated("no_key", "m").category(),
                DomainException.forbidden("not_yours", "m").category(),
                DomainException.notFound("no_such_thing", "m").category(),
                DomainException.conflict("taken", "m").category(),
                DomainException.ruleViolation("not_now", "m").category()))
                .containsExactly(ErrorCategory.INVALID, ErrorCategory.UNAUTHENTICATED, ErrorCategory.FORBIDDEN,
                        ErrorCategory.NOT_FOUND, ErrorCategory.CONFLICT, ErrorCategory.RULE_VIOLATION);
    }

    @Test
    void an_attribute_error_is_invalid_with_its_code_and_sentence() {
        FieldError error = new FieldError("title", "title_required", "can't be blank");

        DomainException e = DomainException.invalid(error);

        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID);
        assertThat(e.code()).isEqualTo("title_required");
        assertThat(e).hasMessage("Title can't be blank");
        assertThat(e.fieldErrors()).containsExactly(error);
    }

    @Test
    void the_field_errors_do_not_follow_later_changes_to_the_given_list() {
        List<FieldError> errors = new ArrayList<>(List.of(new FieldError("name", "name_required", "can't be blank")));
        DomainException e = new DomainException(ErrorCategory.INVALID, "name_required", "Name can't be blank", errors);

        errors.clear();

        assertThat(e.fieldErrors()).hasSize(1);
    }

    @Test
    void the_field_errors_cannot_be_changed() {
        DomainException e = DomainException.invalid(new FieldError("name", "name_required", "can't be blank"));

        assertThatThrownBy(() -> e.fieldErrors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
