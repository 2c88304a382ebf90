package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a whole command with Jakarta Validation before any work, and turns every violation into a
 * {@link FieldError} with the same codes the domain uses ({@code title_too_long}, {@code email_required} …).
 * The exception's code is the first error's, by attribute name.
 */
public final class CommandValidator {

    private final Validator validator;

    /** A checker over the given validator. */
    public CommandValidator(Validator validator) {
        this.validator = requireNonNull(validator, "validator");
    }

    /** Returns quietly when the command is valid; otherwise throws one INVALID error listing every violation. */
    public void validate(Object command) {
        if (command == null) {
            throw DomainException.invalid("request_required", "The request is empty.");
        }
        List<FieldError> errors = validator.validate(command).stream().map(CommandValidator::toFieldError)
                .distinct().sorted(Comparator.comparing(FieldError::attribute).thenComparing(FieldError::code))
                .toList();
        if (errors.isEmpty()) {
            return;
        }
        String sentences = errors.stream().map(FieldError::sentence).collect(Collectors.joining(", "));
        throw new DomainException(ErrorCategory.INVALID, errors.get(0).code(), "Validation failed: " + sentences,
                errors);
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        String attribute = snakeCase(leafProperty(violation.getPropertyPath()));
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        String rule;
        String message;
        switch (constraint.annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> {
                rule = "required";
                message = "can't be blank";
            }
            case "Size" -> {
                boolean text = value instanceof CharSequence;
                boolean tooSmall = size(value) < (Integer) limits.get("min");
                rule = text ? (tooSmall ? "too_short" : "too_long") : (tooSmall ? "too_few" : "too_many");
                message = text
                        ? (tooSmall ? "is too short (minimum is " + limits.get("min") + " characters)"
                                : "is too long (maximum is " + limits.get("max") + " characters)")
                        : (tooSmall ? "has too few entries (minimum is " + limits.get("min") + ")"
                                : "has too many entries (maximum is " + limits.get("max") + ")");
            }
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative",
                    "NegativeOrZero" -> {
                rule = "out_of_range";
                message = "is out of range";
            }
            default -> {
                rule = "invalid";
                message = "is invalid";
            }
        }
        return new FieldError(attribute, attribute + "_" + rule, message);
    }

    private static int size(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return 0;
    }

    private static String leafProperty(Path path) {
        String leaf = "request";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                leaf = node.getName();
            }
        }
        return leaf;
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
