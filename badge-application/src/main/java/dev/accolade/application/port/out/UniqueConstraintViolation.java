package dev.accolade.application.port.out;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;

/**
 * A write that a store's unique constraint refused, such as a taken slug or a second live award of a
 * non-repeatable template. Stores throw it instead of their own errors; services may retry on it.
 */
public class UniqueConstraintViolation extends DomainException {

    private static final long serialVersionUID = 1L;

    /** A refused write with the constraint's stable code. */
    public UniqueConstraintViolation(String code, String message) {
        super(ErrorCategory.CONFLICT, code, message);
    }
}
