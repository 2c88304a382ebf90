package dev.accolade.adapter.in.rest.error;

import static java.util.Objects.requireNonNull;

/**
 * A compatibility dialect mounted under a base path, with the reply it gives a request no route of
 * it serves; the native API's {@code route_not_found} answers everywhere else.
 *
 * @param base the path the dialect's routes start with, such as {@code /compat/acclaim}
 * @param unknownRoute the reply to a request under it that no route serves
 */
public record DialectMount(String base, ErrorReply unknownRoute) {

    /** Checks the base is a path without a trailing slash. */
    public DialectMount {
        requireNonNull(unknownRoute, "unknownRoute");
        if (base == null || !base.startsWith("/") || base.endsWith("/")) {
            throw new IllegalArgumentException("a base path starts with / and does not end with one: " + base);
        }
    }

    /** Whether a request path lies under the base: the base itself or anything below it. */
    public boolean covers(String path) {
        return path.equals(base) || path.startsWith(base + "/");
    }
}
