package dev.accolade.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * AssertJ shortcuts for broken domain rules, shared through the domain's test-jar: a refusal is
 * checked by its category, its stable code and, for input errors, the attribute it names.
 */
public final class DomainAssertions {

    private DomainAssertions() {
    }

    /** Asserts that the action breaks a rule of this category with this code; returns the refusal. */
    public static DomainException assertRefused(ThrowingCallable action, ErrorCategory category, String code) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).as("expected %s (%s), but the action succeeded", code, category).isNotNull();
        assertThat(thrown).as("what the action threw").isInstanceOf(DomainException.class);
        DomainException refusal = (DomainException) thrown;
        assertThat(refusal.code()).as("error code").isEqualTo(code);
        assertThat(refusal.category()).as("category of %s", code).isEqualTo(category);
        return refusal;
    }

    /** Asserts that the action is refused as invalid input in one attribute with this code; returns the refusal. */
    public static DomainException assertInvalid(ThrowingCallable action, String attribute, String code) {
        DomainException refusal = assertRefused(action, ErrorCategory.INVALID, code);
        assertThat(refusal.fieldErrors()).as("attributes named by %s", code)
                .extracting(FieldError::attribute).containsExactly(attribute);
        return refusal;
    }
}
