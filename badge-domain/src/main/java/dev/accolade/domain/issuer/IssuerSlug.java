package dev.accolade.domain.issuer;

import dev.accolade.domain.common.Check;
import java.util.regex.Pattern;

/**
 * The unique, URL-safe name of an issuer, such as {@code topchefs}: 1 to 64 lower-case letters,
 * digits, hyphens and underscores, starting and ending with a letter or digit.
 *
 * @param value the slug
 */
public record IssuerSlug(String value) {

    /** The longest slug accepted. */
    public static final int MAX_LENGTH = 64;
    private static final Pattern FORM = Pattern.compile("[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?");

    /** Checks the slug's form. */
    public IssuerSlug {
        value = Check.line(value, "slug", MAX_LENGTH);
        if (!FORM.matcher(value).matches()) {
            throw Check.invalid("slug",
                    "must be lower-case letters, digits, '-' or '_', starting and ending with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
