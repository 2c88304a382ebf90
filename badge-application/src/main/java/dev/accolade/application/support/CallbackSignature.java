package dev.accolade.application.support;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code v1=} and the lowercase hex HMAC-SHA256 of {@code timestamp.body},
 * keyed with the UTF-8 bytes of the key (for offer callbacks, the offer's callback token).
 */
public final class CallbackSignature {

    /** The header naming the delivery, for deduplication. */
    public static final String DELIVERY_HEADER = "Accolade-Delivery";

    /** The header carrying the Unix time in seconds that was signed. */
    public static final String TIMESTAMP_HEADER = "Accolade-Timestamp";

    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "Accolade-Signature";

    private CallbackSignature() {
    }

    /** The {@code Accolade-Signature} value for a body sent at a Unix time, under a key. */
    public static String v1(String key, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
