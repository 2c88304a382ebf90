package dev.accolade.domain.error;

import static java.util.Objects.requireNonNull;

/**
 * One attribute's broken rule, for responses that list errors per attribute.
 *
 * @param attribute the snake_case attribute name, such as {@code title}
 * @param code the stable snake_case code, such as {@code title_too_long}
 * @param message the rule in words without the attribute name, such as {@code can't be blank}
 */
public record FieldError(String attribute, String code, String message) {

    /** Checks that every part is present. */
    public FieldError {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("a field error names its attribute");
        }
        requireNonNull(code, "code");
        requireNonNull(message, "message");
    }

    /** The whole sentence, such as {@code Title can't be blank}. */
    public String sentence() {
        String words = attribute.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " " + message;
    }
}
