package dev.accolade.adapter.in.rest.error;

import java.util.List;

/**
 * The body of a 422: the whole message and the failed rules per attribute, as in the Acclaim API.
 *
 * @param message {@code Validation failed: …} with every failure
 * @param code the stable snake_case code of the first failure
 * @param errors the failures grouped by attribute
 */
public record ValidationErrorBody(String message, String code, List<AttributeErrors> errors) {

    /** Copies the list. */
    public ValidationErrorBody {
        errors = List.copyOf(errors);
    }
}
