package dev.accolade.adapter.out.openbadges.proof;

import static dev.accolade.adapter.out.openbadges.proof.TestResources.hex;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.refusal;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.unhex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

    private static final String SEED = "c96ef9ea10c5e414c471723aff9de72c35fa5b70fae97e8832ecac7d2e2b8ed6";
    private static final String PUBLIC = "b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f";

    @Test
    void rawKeysRoundTrip() {
        PrivateKey privateKey = Ed25519Keys.privateKeyFromRaw(unhex(SEED));
        PublicKey publicKey = Ed25519Keys.publicKeyFromRaw(unhex(PUBLIC));

        assertThat(hex(Ed25519Keys.rawPrivateKey(privateKey))).isEqualTo(SEED);
        assertThat(hex(Ed25519Keys.rawPublicKey(publicKey))).isEqualTo(PUBLIC);
    }

    @Test
    void encodedKeysRoundTripThroughX509AndPkcs8() {
        KeyPair pair = Ed25519Keys.generate();

        PublicKey publicKey = Ed25519Keys.publicKeyFromX509(pair.getPublic().getEncoded());
        PrivateKey privateKey = Ed25519Keys.privateKeyFromPkcs8(pair.getPrivate().getEncoded());

        assertThat(publicKey).isEqualTo(pair.getPublic());
        assertThat(Ed25519Keys.rawPrivateKey(privateKey)).isEqualTo(Ed25519Keys.rawPrivateKey(pair.getPrivate()));
        assertThat(pair.getPublic().getEncoded()).hasSize(44);
        assertThat(hex(pair.getPrivate().getEncoded())).startsWith("302e020100300506032b657004220420");
    }

    @Test
    void derivesThePublicKeyOfAPrivateKey() {
        assertThat(hex(Ed25519Keys.rawPublicKey(Ed25519Keys.derivePublicKey(Ed25519Keys.privateKeyFromRaw(unhex(SEED))))))
                .isEqualTo(PUBLIC);
        KeyPair pair = Ed25519Keys.generate();
        assertThat(Ed25519Keys.derivePublicKey(pair.getPrivate())).isEqualTo(pair.getPublic());
    }

    @Test
    void refusesWrongLengthsAndOtherAlgorithms() throws Exception {
        KeyPair ec = KeyPairGenerator.getInstance("EC").genKeyPair();
        KeyPairGenerator p256 = KeyPairGenerator.getInstance("EC");
        p256.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();

        assertThat(refusal(() -> Ed25519Keys.publicKeyFromRaw(new byte[31])).reason()).isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> Ed25519Keys.privateKeyFromRaw(new byte[33])).reason()).isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> Ed25519Keys.publicKeyFromX509(ec.getPublic().getEncoded())).reason())
                .isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> Ed25519Keys.publicKeyFromX509(p256.generateKeyPair().getPublic().getEncoded()))
                .reason()).isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> Ed25519Keys.publicKeyFromX509(ed448.getPublic().getEncoded())).reason())
                .isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> Ed25519Keys.privateKeyFromPkcs8(ed448.getPrivate().getEncoded())).reason())
                .isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> Ed25519Keys.rawPublicKey(ed448.getPublic())).reason()).isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> Multikey.encode(ec.getPublic())).reason()).isEqualTo(Reason.INVALID_KEY);
    }
}
