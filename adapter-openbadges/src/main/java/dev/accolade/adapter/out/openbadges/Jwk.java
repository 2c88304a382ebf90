package dev.accolade.adapter.out.openbadges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.port.out.credential.PublishedKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** Writes an issuer's RSA public key as a JWK (RFC 7517): the public part only, named by its own URL. */
final class Jwk {

    private Jwk() {
    }

    /** The JWK of a published RSA key. */
    static ObjectNode of(PublishedKey key) {
        RSAPublicKey rsa = rsa(key.spki());
        ObjectNode jwk = JsonText.object();
        jwk.put("kty", "RSA");
        jwk.put("kid", key.id());
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("n", unsigned(rsa.getModulus()));
        jwk.put("e", unsigned(rsa.getPublicExponent()));
        return jwk;
    }

    /** An RSA public key from its X.509 SubjectPublicKeyInfo in base64. */
    static RSAPublicKey rsa(String spki) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(spki)));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException notRsa) {
            throw new IllegalArgumentException("not an RSA public key", notRsa);
        }
    }

    /** A positive integer as base64url of its big-endian bytes, without a leading zero byte. */
    static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
