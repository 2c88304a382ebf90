package dev.accolade.application.paging;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Ids;
import dev.accolade.domain.error.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a keyset page ends: the sort value and the id of its last item. Clients see it only as an
 * opaque token from {@link #encode()}.
 *
 * @param key the last item's sort value as text (an instant, a title, or empty when sorting by id)
 * @param id the last item's id
 */
public record Cursor(String key, long id) {

    private static final char SEPARATOR = '\u001f';
    private static final int MAX_TOKEN_LENGTH = 1024;

    /** Checks both parts. */
    public Cursor {
        requireNonNull(key, "key");
        if (key.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a cursor key cannot contain the separator");
        }
        Ids.check(id, "cursor");
    }

    /** The opaque, URL-safe token a client passes back for the next page. */
    public String encode() {
        String plain = key + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names, or {@code cursor_invalid}. */
    public static Cursor decode(String token) {
        try {
            if (token == null || token.length() > MAX_TOKEN_LENGTH) {
                throw new IllegalArgumentException("no token");
            }
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int split = plain.lastIndexOf(SEPARATOR);
            return new Cursor(plain.substring(0, split), Long.parseLong(plain.substring(split + 1)));
        } catch (RuntimeException e) {
            throw DomainException.invalid("cursor_invalid", "The cursor is not one this server gave out.");
        }
    }
}
