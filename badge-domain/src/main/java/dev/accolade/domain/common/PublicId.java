package dev.accolade.domain.common;

import dev.accolade.domain.common.Check;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque, unguessable name a credential or badge class goes by in public URLs: 22 random letters
 * and digits (about 131 bits), never a database id, so that nobody can walk every award.
 *
 * @param value the letters and digits
 */
public record PublicId(String value) {

    /** How many letters and digits a public id has. */
    public static final int LENGTH = 22;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9]{" + LENGTH + "}");

    /** Checks the form. */
    public PublicId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw Check.invalid("id", "is not a public id");
        }
    }

    /** The id a path segment names, or empty when it is not one, so that a bad URL reads as not found. */
    public static Optional<PublicId> parse(String value) {
        return value != null && FORM.matcher(value).matches() ? Optional.of(new PublicId(value))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
