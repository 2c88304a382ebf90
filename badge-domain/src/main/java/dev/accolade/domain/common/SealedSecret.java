package dev.accolade.domain.common;

import java.util.regex.Pattern;

/**
 * A secret the server must be able to read again (a signing secret, a private key), as it is stored: encrypted
 * and authenticated under the server's master key, in an opaque text form that names its format.
 * Only a sealer holding the key can open it.
 *
 * @param value the sealed text, such as {@code v1.<base64url>}
 */
public record SealedSecret(String value) {

    /** The longest sealed text accepted. */
    public static final int MAX_LENGTH = 4096;
    private static final Pattern FORM = Pattern.compile("v[0-9]+\\.[A-Za-z0-9_-]+");

    /** Checks the form, which never reveals the secret. */
    public SealedSecret {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a sealed secret is 'v<version>.<base64url>', at most "
                    + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "SealedSecret[…]";
    }
}
