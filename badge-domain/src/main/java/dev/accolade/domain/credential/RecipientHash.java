package dev.accolade.domain.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The Open Badges recipient hash: {@code sha256$} and the lower-case hex SHA-256 of the identity
 * followed by its salt, so that a credential names its recipient without showing who it is.
 */
public final class RecipientHash {

    /** What every hash starts with. */
    public static final String PREFIX = "sha256$";

    private RecipientHash() {
    }

    /** The hash of an identity (an email address, a profile URL) with a salt. */
    public static String of(String identity, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((identity + salt).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** Whether a hash names this identity: compared in constant time. */
    public static boolean matches(String hash, String identity, String salt) {
        byte[] expected = of(identity, salt).getBytes(StandardCharsets.UTF_8);
        byte[] given = hash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }
}
