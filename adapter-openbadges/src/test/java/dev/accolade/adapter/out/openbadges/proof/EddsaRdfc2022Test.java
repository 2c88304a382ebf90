package dev.accolade.adapter.out.openbadges.proof;

import static dev.accolade.adapter.out.openbadges.proof.TestResources.openBadge;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EddsaRdfc2022Test {

    private static final EddsaRdfc2022 SUITE = new EddsaRdfc2022(new Canonicalizer(BundledContexts.production()));
    private static final KeyPair KEYS = Ed25519Keys.generate();
    private static final String KEY_ID = "https://issuer.example/profile#key-1";
    private static final ObjectNode SIGNED =
            SUITE.sign(openBadge(), ProofOptions.assertionMethod(KEY_ID, Instant.parse("2024-05-01T10:00:00.750Z")),
                    KEYS.getPrivate());

    private static ObjectNode signed() {
        return SIGNED.deepCopy();
    }

    private static ObjectNode proof(ObjectNode secured) {
        return (ObjectNode) secured.get("proof");
    }

    @Test
    void signsWithExactlyTheSpecifiedProofFields() {
        ObjectNode proof = proof(signed());

        assertThat(proof.properties()).extracting(Map.Entry::getKey).containsExactly(
                "type", "cryptosuite", "created", "verificationMethod", "proofPurpose", "proofValue");
        assertThat(proof.get("type").textValue()).isEqualTo("DataIntegrityProof");
        assertThat(proof.get("cryptosuite").textValue()).isEqualTo("eddsa-rdfc-2022");
        assertThat(proof.get("created").textValue()).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(proof.get("verificationMethod").textValue()).isEqualTo(KEY_ID);
        assertThat(proof.get("proofPurpose").textValue()).isEqualTo("assertionMethod");
        assertThat(proof.get("proofValue").textValue()).startsWith("z").hasSizeBetween(86, 89);
    }

    @Test
    void signingLeavesTheInputUnchangedAndKeepsItsFields() {
        ObjectNode unsecured = openBadge();

        ObjectNode secured = SUITE.sign(unsecured, ProofOptions.assertionMethod(KEY_ID, Instant.now()), KEYS.getPrivate());

        assertThat(unsecured).isEqualTo(openBadge());
        ObjectNode withoutProof = secured.deepCopy();
        withoutProof.remove("proof");
        assertThat(withoutProof).isEqualTo(unsecured);
    }

    @Test
    void aFreshSignatureVerifiesWithItsKey() {
        DataIntegrityProof proof = SUITE.verify(signed(), KEYS.getPublic(), "assertionMethod");

        assertThat(proof.verificationMethod()).isEqualTo(KEY_ID);
        assertThat(proof.created()).contains(Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void aCredentialSurvivesJsonSerialization() throws Exception {
        String wire = TestResources.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(signed());

        SUITE.verify(TestResources.parse(wire), KEYS.getPublic(), "assertionMethod");
    }

    @Test
    void readProofGivesTheVerificationMethodBeforeAnyKeyIsKnown() {
        assertThat(SUITE.readProof(signed()).verificationMethod()).isEqualTo(KEY_ID);
    }

    @Test
    void anotherKeyDoesNotVerify() {
        assertThat(refusal(() -> SUITE.verify(signed(), Ed25519Keys.generate().getPublic(), "assertionMethod")).reason())
                .isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void anotherPurposeIsRefused() {
        assertThat(refusal(() -> SUITE.verify(signed(), KEYS.getPublic(), "authentication")).reason())
                .isEqualTo(Reason.PURPOSE_MISMATCH);
    }

    @Test
    void aChangedCreationTimeDoesNotVerify() {
        ObjectNode secured = signed();
        proof(secured).put("created", "2024-05-01T10:00:01Z");

        assertThat(refusal(() -> SUITE.verify(secured, KEYS.getPublic(), "assertionMethod")).reason())
                .isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void aPurposeChangedInTheProofAndExpectedByTheVerifierDoesNotVerify() {
        ObjectNode secured = signed();
        proof(secured).put("proofPurpose", "authentication");

        assertThat(refusal(() -> SUITE.verify(secured, KEYS.getPublic(), "authentication")).reason())
                .isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void anAddedDefinedFieldDoesNotVerifyAndAnAddedUndefinedOneIsRefused() {
        ObjectNode described = signed();
        described.put("description", "added after signing");
        ObjectNode extended = signed();
        extended.put("unsignedExtra", "added after signing");

        assertThat(refusal(() -> SUITE.verify(described, KEYS.getPublic(), "assertionMethod")).reason())
                .isEqualTo(Reason.SIGNATURE_INVALID);
        assertThat(refusal(() -> SUITE.verify(extended, KEYS.getPublic(), "assertionMethod")).reason())
                .isEqualTo(Reason.UNDEFINED_TERM);
    }

    @Test
    void aRemovedFieldDoesNotVerify() {
        ObjectNode secured = signed();
        ((ObjectNode) secured.at("/credentialSubject/achievement")).remove("description");

        assertThat(refusal(() -> SUITE.verify(secured, KEYS.getPublic(), "assertionMethod")).reason())
                .isEqualTo(Reason.SIGNATURE_INVALID);
    }

    /** Every string, number and boolean of the signed credential, proof included, by JSON pointer. */
    static Stream<String> everySignedValue() {
        List<String> pointers = new ArrayList<>();
        collectLeaves(SIGNED, "", pointers);
        return pointers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySignedValue")
    void changingOneCharacterOfAnySignedValueFailsVerification(String pointer) {
        ObjectNode secured = signed();
        replace(secured, pointer, changed(secured.at(pointer)));

        ProofException refusal = refusal(() -> SUITE.verify(secured, KEYS.getPublic(), "assertionMethod"));

        assertThat(refusal.reason()).as(pointer).isNotNull();
    }

    @Test
    void everySignedValueIsCovered() {
        assertThat(everySignedValue()).contains("/@context/0", "/id", "/type/1", "/issuer/name",
                "/credentialSubject/identifier/0/hashed", "/credentialStatus/statusListIndex", "/proof/created",
                "/proof/verificationMethod", "/proof/proofValue").hasSizeGreaterThan(30);
    }

    @Test
    void missingProofFieldsAreRefused() {
        for (String field : List.of("type", "cryptosuite", "verificationMethod", "proofPurpose", "proofValue")) {
            ObjectNode secured = signed();
            proof(secured).remove(field);

            assertThat(refusal(() -> SUITE.verify(secured, KEYS.getPublic(), "assertionMethod")).reason()).as(field)
                    .isEqualTo(Reason.MALFORMED_PROOF);
        }
    }

    @Test
    void aMissingCreatedIsAllowedByTheSpecificationButStillCoveredBySignature() {
        ObjectNode secured = signed();
        proof(secured).remove("created");

        assertThat(SUITE.readProof(secured).created()).isEmpty();
        assertThat(refusal(() -> SUITE.verify(secured, KEYS.getPublic(), "assertionMethod")).reason())
                .isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void extraOrWronglyTypedProofFieldsAreRefused() {
        ObjectNode unknown = signed();
        proof(unknown).put("note", "x");
        ObjectNode unsupported = signed();
        proof(unsupported).put("challenge", "abc");
        ObjectNode notAString = signed();
        proof(notAString).putArray("type").add("DataIntegrityProof");
        ObjectNode empty = signed();
        proof(empty).put("verificationMethod", "");
        ObjectNode relative = signed();
        proof(relative).put("verificationMethod", "#key-1");
        ObjectNode badDate = signed();
        proof(badDate).put("created", "2024-05-01 10:00:00");

        assertThat(reasonOfVerifying(unknown)).isEqualTo(Reason.MALFORMED_PROOF);
        assertThat(reasonOfVerifying(unsupported)).isEqualTo(Reason.UNSUPPORTED_PROOF);
        assertThat(reasonOfVerifying(notAString)).isEqualTo(Reason.MALFORMED_PROOF);
        assertThat(reasonOfVerifying(empty)).isEqualTo(Reason.MALFORMED_PROOF);
        assertThat(reasonOfVerifying(relative)).isEqualTo(Reason.MALFORMED_PROOF);
        assertThat(reasonOfVerifying(badDate)).isEqualTo(Reason.MALFORMED_PROOF);
    }

    @Test
    void anotherTypeOrCryptosuiteIsUnsupported() {
        ObjectNode type = signed();
        proof(type).put("type", "Ed25519Signature2020");
        ObjectNode suite = signed();
        proof(suite).put("cryptosuite", "eddsa-jcs-2022");

        assertThat(reasonOfVerifying(type)).isEqualTo(Reason.UNSUPPORTED_PROOF);
        assertThat(reasonOfVerifying(suite)).isEqualTo(Reason.UNSUPPORTED_PROOF);
    }

    @Test
    void aProofValueThatIsNotZBase58Of64BytesIsRefused() {
        String good = proof(signed()).get("proofValue").textValue();
        String sixtyThreeBytes = "z" + Base58Btc.encode(new byte[63]);
        String sixtyFiveBytes = "z" + Base58Btc.encode(new byte[65]);
        for (String value : List.of("u" + good.substring(1), good.substring(1), good.replace(good.charAt(5), '0'),
                sixtyThreeBytes, sixtyFiveBytes, "z", good + good)) {
            ObjectNode secured = signed();
            proof(secured).put("proofValue", value);

            assertThat(reasonOfVerifying(secured)).as(value).isEqualTo(Reason.MALFORMED_PROOF);
        }
    }

    @Test
    void aMissingProofOrAProofSetIsRefused() {
        ObjectNode none = signed();
        none.remove("proof");
        ObjectNode set = signed();
        set.putArray("proof").add(proof(signed()));
        ObjectNode text = signed();
        text.put("proof", "z123");

        assertThat(reasonOfVerifying(none)).isEqualTo(Reason.MALFORMED_PROOF);
        assertThat(reasonOfVerifying(set)).isEqualTo(Reason.UNSUPPORTED_PROOF);
        assertThat(reasonOfVerifying(text)).isEqualTo(Reason.MALFORMED_PROOF);
    }

    @Test
    void keysOtherThanEd25519AreRefused() throws NoSuchAlgorithmException {
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        ProofOptions options = ProofOptions.assertionMethod(KEY_ID, Instant.now());

        assertThat(refusal(() -> SUITE.sign(openBadge(), options, ed448.getPrivate())).reason())
                .isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> SUITE.sign(openBadge(), options, rsa.getPrivate())).reason())
                .isEqualTo(Reason.INVALID_KEY);
        assertThat(refusal(() -> SUITE.verify(signed(), ed448.getPublic(), "assertionMethod")).reason())
                .isEqualTo(Reason.INVALID_KEY);
    }

    @Test
    void signingRefusesADocumentThatAlreadyHasAProofOrCannotBeCanonicalized() {
        ProofOptions options = ProofOptions.assertionMethod(KEY_ID, Instant.now());
        ObjectNode relativeId = openBadge();
        relativeId.put("id", "badges/1");
        ObjectNode noContext = openBadge();
        noContext.remove("@context");

        assertThat(refusal(() -> SUITE.sign(signed(), options, KEYS.getPrivate())).reason())
                .isEqualTo(Reason.UNSUPPORTED_PROOF);
        assertThat(refusal(() -> SUITE.sign(relativeId, options, KEYS.getPrivate())).reason())
                .isEqualTo(Reason.RELATIVE_IRI);
        assertThat(refusal(() -> SUITE.sign(noContext, options, KEYS.getPrivate())).reason())
                .isEqualTo(Reason.NOT_CANONICALIZABLE);
        ProofOptions madeUpPurpose = new ProofOptions(KEY_ID, "madeUpPurpose", Instant.now());
        assertThat(refusal(() -> SUITE.sign(openBadge(), madeUpPurpose, KEYS.getPrivate())).reason())
                .isEqualTo(Reason.RELATIVE_IRI);
    }

    @Test
    void oneInstanceSignsAndVerifiesFromManyThreads() throws Exception {
        List<ObjectNode> credentials = new ArrayList<>();
        List<ObjectNode> expected = new ArrayList<>();
        ProofOptions options = ProofOptions.assertionMethod(KEY_ID, Instant.parse("2024-05-01T10:00:00Z"));
        for (int i = 0; i < 8; i++) {
            ObjectNode credential = openBadge();
            credential.put("name", "Badge " + i);
            ((ObjectNode) credential.at("/credentialSubject/achievement")).put("creditsAvailable", 0.5 + i / 7.0);
            credentials.add(credential);
            expected.add(SUITE.sign(credential, options, KEYS.getPrivate())); // Ed25519 is deterministic
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < credentials.size(); i++) {
                    int k = i;
                    results.add(pool.submit(() -> {
                        ObjectNode secured = SUITE.sign(credentials.get(k), options, KEYS.getPrivate());
                        SUITE.verify(secured, KEYS.getPublic(), "assertionMethod");
                        return secured.equals(expected.get(k));
                    }));
                }
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Reason reasonOfVerifying(ObjectNode secured) {
        return refusal(() -> SUITE.verify(secured, KEYS.getPublic(), "assertionMethod")).reason();
    }

    private static void collectLeaves(JsonNode node, String pointer, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> collectLeaves(e.getValue(), pointer + "/" + escape(e.getKey()), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(node.get(i), pointer + "/" + i, into);
            }
        } else {
            into.add(pointer);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The same value with its last character changed, or a boolean flipped. */
    private static JsonNode changed(JsonNode value) {
        if (value.isBoolean()) {
            return BooleanNode.valueOf(!value.booleanValue());
        }
        String text = value.asText();
        char last = text.charAt(text.length() - 1);
        return TextNode.valueOf(text.substring(0, text.length() - 1) + (last == 'a' ? 'b' : 'a'));
    }

    private static void replace(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
