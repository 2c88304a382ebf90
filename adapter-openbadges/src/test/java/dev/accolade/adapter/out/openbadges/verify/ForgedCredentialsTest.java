package dev.accolade.adapter.out.openbadges.verify;

import static dev.accolade.adapter.out.openbadges.IssuingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.IssuingWorld;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.Presentation;
import dev.accolade.domain.credential.Verdict;
import dev.accolade.domain.credential.VerificationReport;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What an attacker might present: a VC-JWT carrying its own key, a key URL that climbs out of the
 * issuer's profile, a revoked and expired credential whose status and expiry were renamed so that its
 * proof still holds, an inline context aliasing them away, malformed keys; and what an honest issuer of
 * another kind presents: ES256 and EdDSA tokens with keys published under its profile.
 */
class ForgedCredentialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final IssuingWorld world = new IssuingWorld();
    private final OpenBadgesVerifier verifier = new OpenBadgesVerifier();
    private final CredentialFacts award = world.award("ZyXwVuTsRqPoNmLkJiHgF1", 9,
            Optional.of(Instant.parse("2026-06-01T00:00:00Z")));

    @Test
    void a_token_signed_with_a_key_it_carries_itself_never_verifies() throws Exception {
        KeyPair mine = ec();
        ObjectNode header = JSON.createObjectNode().put("alg", "ES256");
        header.set("jwk", jwk((ECPublicKey) mine.getPublic()).put("iss", IssuingWorld.PROFILE));
        String token = es256(header, payload(), mine);

        VerificationReport report = verify(Presentation.Kind.JWT, token);

        assertThat(report.verdict()).isNotEqualTo(Verdict.VERIFIED).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void a_key_url_that_climbs_out_of_the_issuers_profile_is_not_the_issuers() throws Exception {
        KeyPair mine = ec();
        String kid = IssuingWorld.PROFILE + "/../../evil/key";
        world.put("https://badges.example.org/ob/evil/key", 200, jwk((ECPublicKey) mine.getPublic()).toString());
        ObjectNode header = JSON.createObjectNode().put("alg", "ES256").put("kid", kid);

        assertThat(verify(Presentation.Kind.JWT, es256(header, payload(), mine)).verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void an_es256_token_of_another_issuer_verifies_with_the_key_published_under_its_profile() throws Exception {
        KeyPair theirs = ec();
        String kid = IssuingWorld.PROFILE + "/keys/p256-1";
        world.put(kid, 200, jwk((ECPublicKey) theirs.getPublic()).toString());
        ObjectNode header = JSON.createObjectNode().put("alg", "ES256").put("kid", kid);

        VerificationReport report = verify(Presentation.Kind.JWT, es256(header, payload(), theirs));

        assertThat(report.verdict()).as(report.checks().toString()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void an_eddsa_token_verifies_and_a_key_too_short_to_be_one_is_refused_without_an_error() throws Exception {
        KeyPair theirs = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] raw = Arrays.copyOfRange(theirs.getPublic().getEncoded(), 12, 44);
        String kid = IssuingWorld.PROFILE + "/keys/ed-1";
        ObjectNode header = JSON.createObjectNode().put("alg", "EdDSA").put("kid", kid);
        String input = part(header.toString()) + "." + part(payload().toString());
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(theirs.getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        String token = input + "." + BASE64URL.encodeToString(signer.sign());

        world.put(kid, 200, "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + BASE64URL.encodeToString(raw) + "\"}");
        assertThat(verify(Presentation.Kind.JWT, token).verdict()).isEqualTo(Verdict.VERIFIED);

        world.put(kid, 200, "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}");
        assertThat(verify(Presentation.Kind.JWT, token).verdict()).isIn(Verdict.TAMPERED, Verdict.UNVERIFIABLE);
    }

    @Test
    void renaming_the_status_and_expiry_of_a_revoked_expired_credential_to_full_iris_does_not_make_it_verify()
            throws Exception {
        world.revoke(9);
        ObjectNode signed = (ObjectNode) JSON.readTree(world.credential(award));
        signed.set("https://www.w3.org/2018/credentials#credentialStatus", signed.remove("credentialStatus"));
        signed.set("https://www.w3.org/2018/credentials#validUntil", signed.remove("validUntil"));

        assertThat(verify(Presentation.Kind.JSON, signed.toString()).verdict()).isNotEqualTo(Verdict.VERIFIED);
    }

    @Test
    void an_inline_context_that_aliases_the_status_away_does_not_make_it_verify() throws Exception {
        world.revoke(9);
        ObjectNode signed = (ObjectNode) JSON.readTree(world.credential(award));
        signed.withArray("@context").addObject().put("hidden", "https://www.w3.org/2018/credentials#credentialStatus");
        signed.set("hidden", signed.remove("credentialStatus"));

        assertThat(verify(Presentation.Kind.JSON, signed.toString()).verdict()).isNotEqualTo(Verdict.VERIFIED);
    }

    @Test
    void nothing_presented_makes_the_verifier_throw() {
        String[] inputs = {"{}", "[]", "{\"@context\":5}", "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                + "\"proof\":{\"type\":\"DataIntegrityProof\"}}", "a.b.c", "e30.e30.AA",
            "{\"id\":\"http://[::1\",\"type\":\"Assertion\",\"@context\":\"https://w3id.org/openbadges/v2\"}",
            "{\"type\":\"Assertion\",\"id\":\"https://x.example/a\",\"badge\":{\"issuer\":\"::\"}}"};
        for (String input : inputs) {
            assertThat(verify(Presentation.Kind.JSON, input).verdict()).as(input).isEqualTo(Verdict.UNVERIFIABLE);
        }
        assertThat(verify(Presentation.Kind.SVG, "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>").verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verify(Presentation.Kind.URL, "file:///etc/passwd").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    private ObjectNode payload() throws Exception {
        ObjectNode credential = (ObjectNode) JSON.readTree(world.credential(world.award("PqRsTuVwXyZaBcDeFgHiJ2",
                11, Optional.empty())));
        credential.remove("proof");
        credential.put("iss", IssuingWorld.PROFILE).put("jti", credential.path("id").asText())
                .put("nbf", Instant.parse(credential.path("validFrom").asText()).getEpochSecond());
        return credential;
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static ObjectNode jwk(ECPublicKey key) {
        return JSON.createObjectNode().put("kty", "EC").put("crv", "P-256")
                .put("x", BASE64URL.encodeToString(fixed(key.getW().getAffineX())))
                .put("y", BASE64URL.encodeToString(fixed(key.getW().getAffineY())));
    }

    /** An ES256 token: a DER signature from the JDK, turned into the 64 bytes of R and S that JOSE sends. */
    private static String es256(ObjectNode header, ObjectNode payload, KeyPair keys) throws Exception {
        String input = part(header.toString()) + "." + part(payload.toString());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        byte[] der = signer.sign();
        int rLength = der[3];
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(der, 4, 4 + rLength));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(der, 6 + rLength, der.length));
        byte[] joined = new byte[64];
        System.arraycopy(fixed(r), 0, joined, 0, 32);
        System.arraycopy(fixed(s), 0, joined, 32, 32);
        return input + "." + BASE64URL.encodeToString(joined);
    }

    private static byte[] fixed(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
        return out;
    }

    private static String part(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private VerificationReport verify(Presentation.Kind kind, String text) {
        return verifier.verify(new Presentation(kind, text.getBytes(StandardCharsets.UTF_8)), world, NOW);
    }
}
