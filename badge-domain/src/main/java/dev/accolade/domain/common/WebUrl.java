package dev.accolade.domain.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute {@code http} or {@code https} URL of at most 2048 characters with a host and no user
 * information. Whether the host may be reached is the outbound HTTP adapter's decision, not this one's.
 *
 * @param value the URL as given, trimmed
 */
public record WebUrl(String value) {

    /** The longest URL accepted. */
    public static final int MAX_LENGTH = 2048;

    /** Checks the form of the URL. */
    public WebUrl {
        value = Check.line(value, "url", MAX_LENGTH);
        checkForm(value, "url");
    }

    /** The URL under another attribute name, for error messages that name the field. */
    public static WebUrl of(String value, String attribute) {
        String trimmed = Check.line(value, attribute, MAX_LENGTH);
        checkForm(trimmed, attribute);
        return new WebUrl(trimmed);
    }

    private static void checkForm(String value, String attribute) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw Check.invalid(attribute, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Check.invalid(attribute, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw Check.invalid(attribute, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw Check.invalid(attribute, "must not carry a user name or password");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
