package dev.accolade.adapter.out.openbadges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Secures an OpenBadgeCredential as a VC-JWT, as Open Badges 3.0 specifies: the credential itself is
 * the payload, with {@code iss}, {@code jti}, {@code nbf}, {@code sub} and (when it expires) {@code exp}
 * mirroring its issuer, id, validity and subject; the header names {@code RS256}, {@code JWT} and the
 * URL of the key's JWK.
 */
final class VcJwt {

    private VcJwt() {
    }

    /** The compact JWS of an award's credential. */
    static String sign(ObjectNode credential, CredentialFacts award, SigningKey key) {
        ObjectNode header = JsonText.object();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", key.id());
        ObjectNode payload = credential.deepCopy();
        payload.put("iss", award.badge().issuer().ob3Id());
        payload.put("jti", award.credentialId());
        payload.put("nbf", award.issuedOn().getEpochSecond());
        award.expires().ifPresent(expires -> payload.put("exp", expires.getEpochSecond()));
        payload.put("sub", award.recipient().subjectId());
        String signingInput = part(JsonText.write(header)) + "." + part(JsonText.write(payload));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256(signingInput, key));
    }

    private static byte[] rs256(String signingInput, SigningKey key) {
        try {
            PrivateKey rsa = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(rsa);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("the issuer's RSA key does not sign", broken);
        }
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
