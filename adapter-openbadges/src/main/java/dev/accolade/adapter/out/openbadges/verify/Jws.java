package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.Ed25519Keys;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A compact JWS read with the JDK alone: header and payload as JSON, and a signature checked against a
 * public JWK. Only {@code RS256}, {@code ES256} and {@code EdDSA} are accepted, each with its own kind
 * of key, so that no token picks its own algorithm against another kind of key.
 *
 * @param header the protected header
 * @param payload the payload
 * @param signingInput what was signed: the first two parts and the dot between them
 * @param signature the signature's bytes
 */
record Jws(ObjectNode header, ObjectNode payload, String signingInput, byte[] signature) {

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final int ES256_PART = 32;

    /** Whether the text has the form of a compact JWS. */
    static boolean looksLike(String text) {
        return COMPACT.matcher(text).matches();
    }

    /** The parts of a compact JWS, or empty when it is not one. */
    static Optional<Jws> parse(String text) {
        if (!looksLike(text)) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.");
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            Optional<ObjectNode> header = Fetched.parse(base64.decode(parts[0]));
            Optional<ObjectNode> payload = Fetched.parse(base64.decode(parts[1]));
            if (header.isEmpty() || payload.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Jws(header.get(), payload.get(), parts[0] + "." + parts[1],
                    base64.decode(parts[2])));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The algorithm the header names. */
    String algorithm() {
        return header.path("alg").asText("");
    }

    /** Whether the signature holds for this public JWK; false for a key that does not fit the algorithm. */
    boolean verifiedBy(JsonNode jwk) {
        try {
            return switch (algorithm()) {
                case "RS256" -> check("SHA256withRSA", rsa(jwk), signature);
                case "ES256" -> signature.length == 2 * ES256_PART && check("SHA256withECDSA", p256(jwk),
                        der(signature));
                case "EdDSA" -> check("Ed25519", ed25519(jwk), signature);
                default -> false;
            };
        } catch (GeneralSecurityException | RuntimeException badKey) {
            return false;
        }
    }

    private boolean check(String algorithm, PublicKey key, byte[] bytes) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(key);
        verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(bytes);
    }

    private static PublicKey rsa(JsonNode jwk) throws GeneralSecurityException {
        require(jwk, "RSA");
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e")));
    }

    private static PublicKey p256(JsonNode jwk) throws GeneralSecurityException {
        require(jwk, "EC");
        if (!"P-256".equals(jwk.path("crv").asText())) {
            throw new IllegalArgumentException("not a P-256 key");
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
    }

    private static PublicKey ed25519(JsonNode jwk) {
        require(jwk, "OKP");
        if (!"Ed25519".equals(jwk.path("crv").asText())) {
            throw new IllegalArgumentException("not an Ed25519 key");
        }
        return Ed25519Keys.publicKeyFromRaw(Base64.getUrlDecoder().decode(jwk.path("x").asText()));
    }

    private static void require(JsonNode jwk, String type) {
        if (!type.equals(jwk.path("kty").asText()) || jwk.has("d")) {
            throw new IllegalArgumentException("not a public " + type + " key");
        }
    }

    private static BigInteger number(JsonNode jwk, String name) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(name).asText()));
    }

    /** A JOSE ECDSA signature (R and S, 32 bytes each) in the DER form the JDK verifies. */
    private static byte[] der(byte[] joined) {
        byte[] r = integer(Arrays.copyOfRange(joined, 0, ES256_PART));
        byte[] s = integer(Arrays.copyOfRange(joined, ES256_PART, 2 * ES256_PART));
        byte[] der = new byte[2 + r.length + s.length];
        der[0] = 0x30;
        der[1] = (byte) (r.length + s.length);
        System.arraycopy(r, 0, der, 2, r.length);
        System.arraycopy(s, 0, der, 2 + r.length, s.length);
        return der;
    }

    private static byte[] integer(byte[] unsigned) {
        byte[] value = new BigInteger(1, unsigned).toByteArray();
        byte[] encoded = new byte[2 + value.length];
        encoded[0] = 0x02;
        encoded[1] = (byte) value.length;
        System.arraycopy(value, 0, encoded, 2, value.length);
        return encoded;
    }
}
