package dev.accolade.adapter.out.openbadges.proof;

import static dev.accolade.adapter.out.openbadges.proof.TestResources.refusal;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.unhex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultikeyTest {

    private static final String W3C_KEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private static final String W3C_KEY_HEX = "b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f";

    @Test
    void decodesAndEncodesTheW3cKey() {
        PublicKey key = Multikey.decode(W3C_KEY);

        assertThat(Ed25519Keys.rawPublicKey(key)).isEqualTo(unhex(W3C_KEY_HEX));
        assertThat(Multikey.encode(Ed25519Keys.publicKeyFromRaw(unhex(W3C_KEY_HEX)))).isEqualTo(W3C_KEY);
    }

    @Test
    void everyEd25519KeyEncodesToZ6Mk() {
        for (int i = 0; i < 20; i++) {
            PublicKey key = Ed25519Keys.generate().getPublic();
            String multibase = Multikey.encode(key);

            assertThat(multibase).startsWith("z6Mk").hasSize(48);
            assertThat(Multikey.decode(multibase)).isEqualTo(key);
        }
    }

    @Test
    void refusesOtherMulticodecHeadersAndLengths() {
        byte[] raw = unhex(W3C_KEY_HEX);
        String secp256k1 = "z" + Base58Btc.encode(concat(new byte[] {(byte) 0xe7, 0x01}, raw)); // secp256k1-pub header
        String ed25519Private = "z" + Base58Btc.encode(concat(new byte[] {(byte) 0x80, 0x26}, raw));
        String short31 = "z" + Base58Btc.encode(concat(new byte[] {(byte) 0xed, 0x01}, Arrays.copyOf(raw, 31)));
        String long33 = "z" + Base58Btc.encode(concat(new byte[] {(byte) 0xed, 0x01}, Arrays.copyOf(raw, 33)));

        for (String refused : new String[] {secp256k1, ed25519Private, short31, long33, W3C_KEY.substring(1),
                "u" + W3C_KEY.substring(1), W3C_KEY.replace('a', '0'), "z", W3C_KEY + W3C_KEY}) {
            assertThat(refusal(() -> Multikey.decode(refused)).reason()).as(refused).isEqualTo(Reason.INVALID_KEY);
        }
    }

    @Test
    void base58btcMatchesKnownEncodings() {
        assertThat(Base58Btc.encode("hello world".getBytes(StandardCharsets.US_ASCII))).isEqualTo("StV1DL6CwTryKyV");
        assertThat(Base58Btc.encode(new byte[] {0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd})).isEqualTo("11233QC4");
        assertThat(Base58Btc.encode(new byte[] {'a'})).isEqualTo("2g");
        assertThat(Base58Btc.encode(new byte[3])).isEqualTo("111");
        assertThat(Base58Btc.encode(new byte[0])).isEmpty();
        assertThat(Base58Btc.decode("StV1DL6CwTryKyV")).isEqualTo("hello world".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void base58btcRoundTripsAndRefusesCharactersOutsideItsAlphabet() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(80)];
            random.nextBytes(bytes);
            if (bytes.length > 3 && i % 3 == 0) {
                bytes[0] = 0;
                bytes[1] = 0;
            }
            assertThat(Base58Btc.decode(Base58Btc.encode(bytes))).isEqualTo(bytes);
        }
        for (String bad : new String[] {"0", "O", "I", "l", "+", "é"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> Base58Btc.decode("2g" + bad));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
