package dev.accolade.adapter.out.openbadges.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Adds and verifies W3C Data Integrity proofs of the cryptosuite eddsa-rdfc-2022 (Ed25519 over RDFC-1.0). */
public final class EddsaRdfc2022 {

    /** The proof {@code type}. */
    public static final String TYPE = "DataIntegrityProof";
    /** The proof {@code cryptosuite}. */
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private static final Set<String> FIELDS =
            Set.of("type", "cryptosuite", "created", "verificationMethod", "proofPurpose", "proofValue");
    /** Optional Data Integrity fields whose checks belong to a caller this package does not know. */
    private static final Set<String> UNSUPPORTED_FIELDS =
            Set.of("id", "expires", "domain", "challenge", "nonce", "previousProof", "@context");
    /** xsd:dateTimeStamp: seconds and a time zone are required. */
    private static final Pattern DATE_TIME_STAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    /** 64 bytes encode to at most 88 base58 characters; anything longer is refused before decoding. */
    private static final int MAX_PROOF_VALUE_LENGTH = 1 + 88;
    private static final int SIGNATURE_LENGTH = 64;

    private final Canonicalizer canonicalizer;

    /** A signer and verifier that canonicalizes with the given canonicalizer. */
    public EddsaRdfc2022(Canonicalizer canonicalizer) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    /** A copy of the unsecured document with a {@code proof} added; the input is left unchanged. */
    public ObjectNode sign(ObjectNode unsecured, ProofOptions options, PrivateKey ed25519) {
        Objects.requireNonNull(unsecured, "unsecured");
        Objects.requireNonNull(options, "options");
        Ed25519Keys.requireEd25519(Objects.requireNonNull(ed25519, "ed25519"));
        if (unsecured.has("proof")) {
            throw new ProofException(Reason.UNSUPPORTED_PROOF, "the document already has a proof");
        }
        ObjectNode proof = JsonNodeFactory.instance.objectNode();
        proof.put("type", TYPE);
        proof.put("cryptosuite", CRYPTOSUITE);
        proof.put("created", options.createdText());
        proof.put("verificationMethod", options.verificationMethod());
        proof.put("proofPurpose", options.proofPurpose());
        byte[] signature = ed25519(hashInput(unsecured, proof).hashData(), ed25519);
        proof.put("proofValue", "z" + Base58Btc.encode(signature));

        ObjectNode secured = unsecured.deepCopy();
        secured.set("proof", proof);
        return secured;
    }

    /** The document's single proof, checked for form only, so the caller can resolve its verification method. */
    public DataIntegrityProof readProof(ObjectNode secured) {
        JsonNode node = Objects.requireNonNull(secured, "secured").get("proof");
        if (node == null || node.isNull()) {
            throw new ProofException(Reason.MALFORMED_PROOF, "the document has no proof");
        }
        if (node.isArray()) {
            throw new ProofException(Reason.UNSUPPORTED_PROOF, "proof sets and chains are not supported");
        }
        if (!node.isObject()) {
            throw new ProofException(Reason.MALFORMED_PROOF, "proof is not an object");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (UNSUPPORTED_FIELDS.contains(name)) {
                throw new ProofException(Reason.UNSUPPORTED_PROOF, "proof field is not supported", name);
            }
            if (!FIELDS.contains(name)) {
                throw new ProofException(Reason.MALFORMED_PROOF, "unknown proof field", name);
            }
            if (!field.getValue().isTextual() || field.getValue().textValue().isEmpty()) {
                throw new ProofException(Reason.MALFORMED_PROOF, "proof field is not a non-empty string", name);
            }
        }
        if (!TYPE.equals(required(node, "type"))) {
            throw new ProofException(Reason.UNSUPPORTED_PROOF, "proof type is not " + TYPE);
        }
        if (!CRYPTOSUITE.equals(required(node, "cryptosuite"))) {
            throw new ProofException(Reason.UNSUPPORTED_PROOF, "cryptosuite is not " + CRYPTOSUITE);
        }
        String verificationMethod = required(node, "verificationMethod");
        if (!ExpandedFormCheck.isAbsoluteIri(verificationMethod)) {
            throw new ProofException(Reason.MALFORMED_PROOF, "verificationMethod is not an absolute URL");
        }
        String proofPurpose = required(node, "proofPurpose");
        String proofValue = required(node, "proofValue");
        signatureOf(proofValue);
        Optional<Instant> created = node.has("created") ? Optional.of(instant(node.get("created").textValue()))
                : Optional.empty();
        return new DataIntegrityProof(verificationMethod, proofPurpose, created, proofValue);
    }

    /** Verifies the single proof with the given key; returns it, or throws {@link ProofException} with the reason. */
    public DataIntegrityProof verify(ObjectNode secured, PublicKey ed25519, String expectedPurpose) {
        Objects.requireNonNull(expectedPurpose, "expectedPurpose");
        DataIntegrityProof proof = readProof(secured);
        if (!proof.proofPurpose().equals(expectedPurpose)) {
            throw new ProofException(Reason.PURPOSE_MISMATCH, "proofPurpose is not " + expectedPurpose);
        }
        Ed25519Keys.requireEd25519(Objects.requireNonNull(ed25519, "ed25519"));
        ObjectNode proofOptions = without((ObjectNode) secured.get("proof"), "proofValue");
        byte[] hashData = hashInput(without(secured, "proof"), proofOptions).hashData();
        Signature verifier;
        try {
            verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(ed25519);
        } catch (GeneralSecurityException e) {
            throw new ProofException(Reason.INVALID_KEY, "the key cannot verify Ed25519 signatures");
        }
        boolean valid;
        try {
            verifier.update(hashData);
            valid = verifier.verify(signatureOf(proof.proofValue()));
        } catch (GeneralSecurityException e) { // a signature that is not even an encoded curve point and scalar
            valid = false;
        }
        if (!valid) {
            throw new ProofException(Reason.SIGNATURE_INVALID, "the signature does not verify");
        }
        return proof;
    }

    /** The eddsa-rdfc-2022 transformation, configuration and hashing steps, each result kept for the vector tests. */
    HashInput hashInput(ObjectNode unsecured, ObjectNode proofOptions) {
        JsonNode context = unsecured.get("@context");
        if (context == null || context.isNull()) {
            throw new ProofException(Reason.NOT_CANONICALIZABLE, "the document has no @context");
        }
        ObjectNode proofConfig = proofOptions.deepCopy();
        proofConfig.set("@context", context.deepCopy());
        String canonicalProofConfig = canonicalizer.canonicalize(proofConfig);
        String canonicalDocument = canonicalizer.canonicalize(unsecured);
        if (canonicalProofConfig.isEmpty() || canonicalDocument.isEmpty()) {
            throw new ProofException(Reason.NOT_CANONICALIZABLE, "nothing to sign: the canonical form is empty");
        }
        byte[] proofConfigHash = sha256(canonicalProofConfig);
        byte[] documentHash = sha256(canonicalDocument);
        byte[] hashData = new byte[proofConfigHash.length + documentHash.length];
        System.arraycopy(proofConfigHash, 0, hashData, 0, proofConfigHash.length);
        System.arraycopy(documentHash, 0, hashData, proofConfigHash.length, documentHash.length);
        return new HashInput(canonicalProofConfig, canonicalDocument, proofConfigHash, documentHash, hashData);
    }

    /** Intermediate values of one proof: canonical forms, their SHA-256 hashes, and hashData = proof ‖ document. */
    record HashInput(String canonicalProofConfig, String canonicalDocument, byte[] proofConfigHash,
            byte[] documentHash, byte[] hashData) {
    }

    private static byte[] ed25519(byte[] hashData, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(hashData);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new ProofException(Reason.INVALID_KEY, "the key cannot make Ed25519 signatures");
        }
    }

    private static byte[] signatureOf(String proofValue) {
        if (proofValue.length() > MAX_PROOF_VALUE_LENGTH || !proofValue.startsWith("z")) {
            throw new ProofException(Reason.MALFORMED_PROOF, "proofValue is not multibase base58btc ('z')");
        }
        byte[] signature;
        try {
            signature = Base58Btc.decode(proofValue.substring(1));
        } catch (IllegalArgumentException e) {
            throw new ProofException(Reason.MALFORMED_PROOF, "proofValue is not base58btc");
        }
        if (signature.length != SIGNATURE_LENGTH) {
            throw new ProofException(Reason.MALFORMED_PROOF, "proofValue is not a 64-byte Ed25519 signature");
        }
        return signature;
    }

    private static String required(JsonNode proof, String field) {
        JsonNode value = proof.get(field);
        if (value == null) {
            throw new ProofException(Reason.MALFORMED_PROOF, "proof field is missing", field);
        }
        return value.textValue();
    }

    private static Instant instant(String dateTimeStamp) {
        if (!DATE_TIME_STAMP.matcher(dateTimeStamp).matches()) {
            throw new ProofException(Reason.MALFORMED_PROOF, "created is not an XSD dateTimeStamp");
        }
        try {
            return OffsetDateTime.parse(dateTimeStamp).toInstant();
        } catch (DateTimeParseException e) {
            throw new ProofException(Reason.MALFORMED_PROOF, "created is not an XSD dateTimeStamp");
        }
    }

    /** A shallow copy without one field; the shared children are never changed. */
    private static ObjectNode without(ObjectNode object, String field) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!entry.getKey().equals(field)) {
                copy.set(entry.getKey(), entry.getValue());
            }
        }
        return copy;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
