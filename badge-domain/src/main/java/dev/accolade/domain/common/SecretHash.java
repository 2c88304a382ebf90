package dev.accolade.domain.common;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a high-entropy secret (an API key, a session or confirmation token), which is what
 * is stored instead of the secret. Comparison takes the same time whatever the input.
 *
 * @param hex the lower-case hexadecimal digest
 */
public record SecretHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Checks the digest has the SHA-256 form. */
    public SecretHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a secret hash is 64 lower-case hex digits");
        }
    }

    /** The hash of a secret. */
    public static SecretHash of(String secret) {
        return new SecretHash(Hashing.sha256().hashString(secret, StandardCharsets.UTF_8).toString());
    }

    /** Whether the secret hashes to this value, compared in constant time. */
    public boolean matches(String secret) {
        byte[] candidate = of(secret == null ? "" : secret).hex.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(candidate, hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "SecretHash[" + hex.substring(0, 8) + "…]";
    }
}
