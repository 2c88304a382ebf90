package dev.accolade.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accolade.application.support.Validators;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jakarta violations become field errors with the domain's codes, all at once. */
class CommandValidatorTest {

    private final CommandValidator validator = new CommandValidator(Validators.create());

    /** A command with one field per kind of constraint. */
    record Sample(@NotBlank String title, @Size(min = 2, max = 3) String shortText,
            @Size(max = 1) List<@NotNull String> tags, @DecimalMax("5.0") double score,
            @Pattern(regexp = "[a-z]+") String callbackUrl, @Valid Nested nested) {
    }

    /** A nested part, named by its own property in the errors. */
    record Nested(@NotBlank String innerName) {
    }

    private DomainException refusal(Sample sample) {
        return catchThrowableOfType(DomainException.class, () -> validator.validate(sample));
    }

    @Test
    void a_valid_command_passes_quietly() {
        validator.validate(new Sample("t", "ab", List.of("a"), 1.0, "abc", new Nested("n")));
    }

    @Test
    void every_violation_is_reported_with_its_rule_and_snake_case_attribute() {
        DomainException refusal = refusal(new Sample(" ", "abcd", List.of("a", "b"), 6.0, "ABC", new Nested("")));

        assertThat(refusal.category()).isEqualTo(ErrorCategory.INVALID);
        assertThat(refusal.fieldErrors()).extracting(FieldError::attribute, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("callback_url", "callback_url_invalid"),
                org.assertj.core.groups.Tuple.tuple("inner_name", "inner_name_required"),
                org.assertj.core.groups.Tuple.tuple("score", "score_out_of_range"),
                org.assertj.core.groups.Tuple.tuple("short_text", "short_text_too_long"),
                org.assertj.core.groups.Tuple.tuple("tags", "tags_too_many"),
                org.assertj.core.groups.Tuple.tuple("title", "title_required"));
        assertThat(refusal.code()).isEqualTo("callback_url_invalid");
        assertThat(refusal.getMessage()).startsWith("Validation failed: Callback url is invalid, ")
                .contains("Short text is too long (maximum is 3 characters)");
    }

    @Test
    void too_short_texts_and_null_elements_have_their_own_codes() {
        DomainException refusal = refusal(new Sample("t", "a", java.util.Arrays.asList((String) null), 0, null,
                null));

        assertThat(refusal.fieldErrors()).extracting(FieldError::code)
                .containsExactly("short_text_too_short", "tags_required");
    }

    @Test
    void an_absent_command_is_refused() {
        assertThat(catchThrowableOfType(DomainException.class, () -> validator.validate(null)).code())
                .isEqualTo("request_required");
    }
}
