package dev.accolade.domain.identity;

import dev.accolade.domain.common.Check;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The space an external handle is unique in, such as {@code minecraft:survival} or
 * {@code userbadges:topchefs}: colon-separated parts of lower-case letters, digits, '.', '_' and '-'.
 *
 * @param value the normalised namespace
 */
public record Namespace(String value) {

    /** The longest namespace accepted. */
    public static final int MAX_LENGTH = 100;
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]*(?::[a-z0-9][a-z0-9._-]*)*");

    /** Normalises (trims, lower-cases) and checks the namespace. */
    public Namespace {
        value = Check.line(value, "namespace", MAX_LENGTH).toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw Check.invalid("namespace",
                    "must be ':'-separated parts of lower-case letters, digits, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
