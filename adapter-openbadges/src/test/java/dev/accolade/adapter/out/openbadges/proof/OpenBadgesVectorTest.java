package dev.accolade.adapter.out.openbadges.proof;

import static dev.accolade.adapter.out.openbadges.proof.TestResources.hex;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.json;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.text;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.unhex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Open Badges 3.0 Implementation Guide's eddsa-rdfc-2022 vector, with the production contexts only. */
class OpenBadgesVectorTest {

    private final EddsaRdfc2022 suite = new EddsaRdfc2022(new Canonicalizer(BundledContexts.production()));
    private final byte[] secretKey64 = unhex(text("ob3/private-key-64-hex.txt")); // seed ‖ public key

    @Test
    void keysMatchTheGuide() {
        PrivateKey key = Ed25519Keys.privateKeyFromRaw(Arrays.copyOf(secretKey64, 32));
        PublicKey publicKey = Ed25519Keys.derivePublicKey(key);

        assertThat(hex(Ed25519Keys.rawPublicKey(publicKey))).isEqualTo(text("ob3/public-key-hex.txt").strip())
                .isEqualTo(hex(Arrays.copyOfRange(secretKey64, 32, 64)));
        assertThat(Multikey.encode(publicKey)).isEqualTo(text("ob3/public-key-multibase.txt").strip());
    }

    @Test
    void everyIntermediateValueMatches() {
        EddsaRdfc2022.HashInput input = suite.hashInput(json("ob3/unsigned.json"), json("ob3/proofOptions.json"));

        assertThat(input.canonicalDocument()).isEqualTo(text("ob3/document-canon.txt"));
        assertThat(input.canonicalProofConfig()).isEqualTo(text("ob3/proof-canon.txt"));
        assertThat(hex(input.documentHash())).isEqualTo(text("ob3/document-hash.txt").strip());
        assertThat(hex(input.proofConfigHash())).isEqualTo(text("ob3/proof-hash.txt").strip());
        assertThat(hex(input.hashData())).isEqualTo(text("ob3/data-to-sign.txt").strip());
    }

    @Test
    void signingGivesTheGuidesProofValueAndItVerifies() {
        PrivateKey key = Ed25519Keys.privateKeyFromRaw(Arrays.copyOf(secretKey64, 32));
        ObjectNode options = json("ob3/proofOptions.json");
        ProofOptions proofOptions = new ProofOptions(options.get("verificationMethod").textValue(),
                options.get("proofPurpose").textValue(), Instant.parse(options.get("created").textValue()));

        ObjectNode signed = suite.sign(json("ob3/unsigned.json"), proofOptions, key);

        String proofValue = signed.at("/proof/proofValue").textValue();
        assertThat(proofValue).isEqualTo(text("ob3/proof-value.txt").strip());
        assertThat(hex(Base58Btc.decode(proofValue.substring(1)))).isEqualTo(text("ob3/signature-hex.txt").strip());
        PublicKey publicKey = Multikey.decode(text("ob3/public-key-multibase.txt").strip());
        assertThat(suite.verify(signed, publicKey, ProofOptions.ASSERTION_METHOD).verificationMethod())
                .isEqualTo("https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");
    }
}
