package dev.accolade.domain.identity;

import dev.accolade.domain.common.Check;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalised: trimmed and lower-cased, at most 128 characters, with one {@code @}
 * and a dotted domain.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

    /** The longest address accepted. */
    public static final int MAX_LENGTH = 128;
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+");

    /** Normalises and checks the address. */
    public EmailAddress {
        value = Check.line(value == null ? null : value.toLowerCase(Locale.ROOT), "email", MAX_LENGTH);
        if (!FORM.matcher(value).matches()) {
            throw Check.invalid("email", "is not a valid email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
