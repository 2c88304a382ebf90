package dev.accolade.adapter.in.rest.page;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import java.util.List;

/**
 * The sentences a form shows again above its fields when a use case refused its input as invalid; any other
 * refusal goes on to the error page.
 */
public final class FormProblems {

    private FormProblems() {
    }

    /** One sentence per field at fault (or the refusal's message), or the refusal itself when it is not INVALID. */
    public static List<String> of(DomainException refused) {
        if (refused.category() != ErrorCategory.INVALID && refused.category() != ErrorCategory.RULE_VIOLATION) {
            throw refused;
        }
        List<String> sentences = refused.fieldErrors().stream().map(FieldError::sentence).toList();
        return sentences.isEmpty() ? List.of(refused.getMessage()) : sentences;
    }
}
