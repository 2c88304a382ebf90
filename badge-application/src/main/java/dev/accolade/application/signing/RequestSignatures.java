package dev.accolade.application.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a hex HMAC over a message: HMAC-SHA1 for 40 hex digits, HMAC-SHA256 for 64, compared in
 * constant time. Any other form matches nothing.
 */
final class RequestSignatures {

    private static final int SHA1_HEX = 40;
    private static final int SHA256_HEX = 64;

    private RequestSignatures() {
    }

    /** The signature in lower case when it has a known length and is hex, else empty. */
    static Optional<String> normalised(String signature) {
        if (signature == null || (signature.length() != SHA1_HEX && signature.length() != SHA256_HEX)) {
            return Optional.empty();
        }
        String lower = signature.toLowerCase(Locale.ROOT);
        return lower.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
                ? Optional.of(lower) : Optional.empty();
    }

    /** Whether the normalised signature is the HMAC of the message under the secret. */
    static boolean matches(String normalisedSignature, String secret, byte[] message) {
        String algorithm = normalisedSignature.length() == SHA1_HEX ? "HmacSHA1" : "HmacSHA256";
        byte[] expected = hmac(algorithm, secret, message);
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(normalisedSignature));
    }

    private static byte[] hmac(String algorithm, String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + algorithm, e);
        }
    }
}
