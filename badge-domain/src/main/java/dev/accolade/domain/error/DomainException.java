package dev.accolade.domain.error;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A broken rule: a stable snake_case code that clients can rely on, a category that adapters map
 * to their wire format, a message in words, and, for input errors, the attributes concerned.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");

    private final ErrorCategory category;
    private final String code;
    private final transient List<FieldError> fieldErrors;

    /** A broken rule with no attribute details. */
    public DomainException(ErrorCategory category, String code, String message) {
        this(category, code, message, List.of());
    }

    /** A broken rule with the attributes it concerns. */
    public DomainException(ErrorCategory category, String code, String message, List<FieldError> fieldErrors) {
        super(requireNonNull(message, "message"));
        this.category = requireNonNull(category, "category");
        this.code = requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("error codes are snake_case: " + code);
        }
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** Bad input that is not tied to one attribute. */
    public static DomainException invalid(String code, String message) {
        return new DomainException(ErrorCategory.INVALID, code, message);
    }

    /** Bad input in one attribute. */
    public static DomainException invalid(FieldError error) {
        return new DomainException(ErrorCategory.INVALID, error.code(), error.sentence(), List.of(error));
    }

    /** A missing or wrong credential. */
    public static DomainException unauthenticated(String code, String message) {
        return new DomainException(ErrorCategory.UNAUTHENTICATED, code, message);
    }

    /** A known caller that may not do this. */
    public static DomainException forbidden(String code, String message) {
        return new DomainException(ErrorCategory.FORBIDDEN, code, message);
    }

    /** Something that does not exist, or that the caller may not see. */
    public static DomainException notFound(String code, String message) {
        return new DomainException(ErrorCategory.NOT_FOUND, code, message);
    }

    /** A collision with the current state. */
    public static DomainException conflict(String code, String message) {
        return new DomainException(ErrorCategory.CONFLICT, code, message);
    }

    /** A business rule that forbids the change in the current state. */
    public static DomainException ruleViolation(String code, String message) {
        return new DomainException(ErrorCategory.RULE_VIOLATION, code, message);
    }

    /** The category adapters map to a status or error object. */
    public ErrorCategory category() {
        return category;
    }

    /** The stable snake_case code. */
    public String code() {
        return code;
    }

    /** The attributes concerned, empty when the rule is not about input attributes. */
    public List<FieldError> fieldErrors() {
        return fieldErrors == null ? List.of() : fieldErrors;
    }
}
