package dev.accolade.domain.gameserver;

import dev.accolade.domain.common.Check;
import java.util.regex.Pattern;

/**
 * The opaque, URL-safe key a game server is addressed by: 8 to 64 lower-case letters and digits, so
 * that it also names the server's players' namespace ({@code minecraft:<key>}).
 *
 * @param value the key
 */
public record ServerKey(String value) {

    /** The length of a key the server makes. */
    public static final int GENERATED_LENGTH = 24;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]{8,64}");

    /** Checks the form; a malformed key is {@code server_key_invalid}. */
    public ServerKey {
        Check.required(value, "server_key");
        if (!FORM.matcher(value).matches()) {
            throw Check.invalid("server_key", "must be 8 to 64 lower-case letters and digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
