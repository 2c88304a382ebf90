package dev.accolade.application.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the signatures UserBadges clients send: any text is a signature of a known form or none, never a
 * failure; no signature but the message's own HMAC matches, whatever case it is written in.
 */
class RequestSignaturesFuzzTest {

    private static final String SECRET = "a-secret-of-the-issuer";

    @Property(tries = 3000)
    void any_text_is_normalised_or_refused_and_never_matches_by_chance(@ForAll("signatures") String signature,
            @ForAll String message) {
        Optional<String> normalised = RequestSignatures.normalised(signature);

        normalised.ifPresent(hex -> assertThat(RequestSignatures.matches(hex, SECRET, bytes(message)))
                .isEqualTo(hex.equals(hmac(hex.length() == 40 ? "HmacSHA1" : "HmacSHA256", message))));
    }

    @Property(tries = 500)
    void the_message_own_signature_matches_in_either_case(@ForAll String message, @ForAll boolean upper,
            @ForAll boolean sha1) {
        String signature = hmac(sha1 ? "HmacSHA1" : "HmacSHA256", message);
        String sent = upper ? signature.toUpperCase(Locale.ROOT) : signature;

        assertThat(RequestSignatures.normalised(sent)).hasValue(signature);
        assertThat(RequestSignatures.matches(signature, SECRET, bytes(message))).isTrue();
        assertThat(RequestSignatures.matches(signature, SECRET, bytes(message + " "))).isFalse();
    }

    @Provide
    Arbitrary<String> signatures() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789abcdefABCDEFxg ").ofLength(40),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF\u0660").ofLength(64));
    }

    private static byte[] bytes(String message) {
        return message.getBytes(StandardCharsets.UTF_8);
    }

    private static String hmac(String algorithm, String message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(bytes(message)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
