package dev.accolade.adapter.out.openbadges.proof;

import static dev.accolade.adapter.out.openbadges.proof.TestResources.hex;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.json;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The W3C vc-di-eddsa test vector "Representation: eddsa-rdfc-2022", reproduced byte for byte. */
class W3cVectorTest {

    private static final String SEED_HEX = "c96ef9ea10c5e414c471723aff9de72c35fa5b70fae97e8832ecac7d2e2b8ed6";

    private final EddsaRdfc2022 suite = new EddsaRdfc2022(new Canonicalizer(TestResources.WITH_EXAMPLES));

    @Test
    void keyPairDecodesFromItsMultibaseForms() {
        ObjectNode keyPair = json("w3c/keyPair.json");
        PublicKey publicKey = Multikey.decode(keyPair.get("publicKeyMultibase").textValue());
        byte[] secret = Base58Btc.decode(keyPair.get("privateKeyMultibase").textValue().substring(1));

        assertThat(hex(Ed25519Keys.rawPublicKey(publicKey))).isEqualTo(text("w3c/publicKeyHex.txt").strip());
        assertThat(hex(Arrays.copyOf(secret, 2))).isEqualTo("8026"); // multicodec ed25519-priv
        assertThat(hex(Arrays.copyOfRange(secret, 2, secret.length))).isEqualTo(SEED_HEX);
        assertThat(Multikey.encode(publicKey)).isEqualTo(keyPair.get("publicKeyMultibase").textValue());
    }

    @Test
    void everyIntermediateValueMatches() {
        ObjectNode proofOptions = json("w3c/proofConfigDataInt.json");
        proofOptions.remove("@context"); // the algorithm adds the document's own

        EddsaRdfc2022.HashInput input = suite.hashInput(json("w3c/unsigned.json"), proofOptions);

        assertThat(input.canonicalDocument()).isEqualTo(text("w3c/canonDocDataInt.txt"));
        assertThat(input.canonicalProofConfig()).isEqualTo(text("w3c/proofCanonDataInt.txt"));
        assertThat(hex(input.documentHash())).isEqualTo(text("w3c/docHashDataInt.txt").strip());
        assertThat(hex(input.proofConfigHash())).isEqualTo(text("w3c/proofHashDataInt.txt").strip());
        assertThat(hex(input.hashData())).isEqualTo(text("w3c/combinedHashDataInt.txt").strip());
    }

    @Test
    void signingGivesTheSignedCredentialOfTheVector() {
        PrivateKey key = Ed25519Keys.privateKeyFromRaw(TestResources.unhex(SEED_HEX));
        ProofOptions options = ProofOptions.assertionMethod(
                "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                Instant.parse("2023-02-24T23:36:38Z"));

        ObjectNode signed = suite.sign(json("w3c/unsigned.json"), options, key);

        assertThat(signed).isEqualTo(json("w3c/signedDataInt.json"));
        String proofValue = signed.at("/proof/proofValue").textValue();
        assertThat(proofValue).isEqualTo(text("w3c/sigBTC58DataInt.txt").strip());
        assertThat(hex(Base58Btc.decode(proofValue.substring(1)))).isEqualTo(text("w3c/sigHexDataInt.txt").strip());
    }

    @Test
    void theSignedCredentialOfTheVectorVerifies() {
        PublicKey key = Multikey.decode(json("w3c/keyPair.json").get("publicKeyMultibase").textValue());

        DataIntegrityProof proof = suite.verify(json("w3c/signedDataInt.json"), key, "assertionMethod");

        assertThat(proof.created()).contains(Instant.parse("2023-02-24T23:36:38Z"));
        assertThat(proof.verificationMethod()).startsWith("did:key:z6MkrJVn");
    }
}
