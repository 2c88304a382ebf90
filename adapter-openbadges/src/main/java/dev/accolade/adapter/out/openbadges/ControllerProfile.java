package dev.accolade.adapter.out.openbadges;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.Ed25519Keys;
import dev.accolade.adapter.out.openbadges.proof.Multikey;
import dev.accolade.application.port.out.credential.IssuerFacts;
import dev.accolade.application.port.out.credential.PublishedKey;
import dev.accolade.domain.credential.KeyAlgorithm;
import java.util.Base64;
import java.util.List;

/**
 * An issuer's Open Badges 3.0 Profile that is also the controller document of its Ed25519 keys: each
 * key a Multikey verification method whose id is a fragment of the profile's URL and whose controller
 * is the profile, listed under both {@code verificationMethod} and {@code assertionMethod}, so that a
 * Data Integrity verifier can check the key may sign for the issuer. Retired keys stay listed, so what
 * they signed still verifies.
 */
final class ControllerProfile {

    /** The contexts: Open Badges 3.0's, Multikey's, and the two terms a controller document adds. */
    static final String MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";
    private static final String SECURITY = "https://w3id.org/security#";

    private ControllerProfile() {
    }

    /** The profile with its keys. */
    static ObjectNode of(IssuerFacts issuer, List<PublishedKey> keys) {
        ObjectNode profile = JsonText.object();
        ArrayNode contexts = JsonText.strings(Ob3Documents.CONTEXTS);
        contexts.add(MULTIKEY_CONTEXT);
        ObjectNode terms = contexts.addObject();
        terms.set("verificationMethod", term("verificationMethod"));
        terms.set("assertionMethod", term("assertionMethod"));
        profile.set("@context", contexts);
        profile.setAll(Ob3Documents.profile(issuer));
        ArrayNode methods = profile.putArray("verificationMethod");
        ArrayNode assertion = profile.putArray("assertionMethod");
        keys.stream().filter(key -> key.algorithm() == KeyAlgorithm.ED25519).forEach(key -> {
            ObjectNode method = methods.addObject();
            method.put("id", key.id());
            method.put("type", "Multikey");
            method.put("controller", key.controller());
            method.put("publicKeyMultibase", multibase(key.spki()));
            assertion.add(key.id());
        });
        return profile;
    }

    /** An Ed25519 public key, X.509 SubjectPublicKeyInfo in base64, as a Multikey {@code z6Mk…}. */
    static String multibase(String spki) {
        return Multikey.encode(Ed25519Keys.publicKeyFromX509(Base64.getDecoder().decode(spki)));
    }

    private static ObjectNode term(String name) {
        ObjectNode definition = JsonText.object();
        definition.put("@id", SECURITY + name);
        definition.put("@type", "@id");
        definition.put("@container", "@set");
        return definition;
    }
}
