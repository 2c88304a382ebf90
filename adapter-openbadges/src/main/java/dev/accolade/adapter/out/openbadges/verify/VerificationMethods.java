package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.Multikey;
import dev.accolade.adapter.out.openbadges.proof.ProofException;
import dev.accolade.domain.credential.Verdict;
import java.security.PublicKey;
import java.util.Optional;

/**
 * Finds the Ed25519 key a Data Integrity proof names, as the controlled identifier specification says:
 * a {@code did:key} is its own key; an http(s) URL is a fragment of a controller document that must
 * have that URL as its id, list the method under {@code verificationMethod} as a Multikey it controls,
 * and list it under {@code assertionMethod}. The key's controller must be the credential's issuer.
 */
final class VerificationMethods {

    private static final String DID_KEY = "did:key:";

    private VerificationMethods() {
    }

    /** A key and whom it belongs to. */
    record Resolved(PublicKey key, String controller) {
    }

    /** The key the method names for this issuer; each failure recorded under {@code key}. */
    static Optional<PublicKey> resolve(String method, String issuer, Fetched fetched, CheckLog log) {
        Optional<Resolved> resolved = method.startsWith(DID_KEY) ? didKey(method, log) : controlled(method, fetched,
                log);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        if (!resolved.get().controller().equals(issuer)) {
            log.failed("key", "The key " + method + " is controlled by " + resolved.get().controller()
                    + ", not by the issuer " + issuer + ".", Verdict.TAMPERED);
            return Optional.empty();
        }
        log.passed("key", "The key " + method + " is the issuer's.");
        return Optional.of(resolved.get().key());
    }

    private static Optional<Resolved> didKey(String method, CheckLog log) {
        String did = method.contains("#") ? method.substring(0, method.indexOf('#')) : method;
        try {
            return Optional.of(new Resolved(Multikey.decode(did.substring(DID_KEY.length())), did));
        } catch (ProofException notEd25519) {
            log.failed("key", "The did:key " + did + " is not an Ed25519 key.",
                    Verdict.UNVERIFIABLE);
            return Optional.empty();
        }
    }

    private static Optional<Resolved> controlled(String method, Fetched fetched, CheckLog log) {
        String controller = method.contains("#") ? method.substring(0, method.indexOf('#')) : method;
        Optional<ObjectNode> document = fetched.object(controller);
        if (document.isEmpty()) {
            return unverifiable(log, "The controller document " + controller + " could not be fetched.");
        }
        if (!controller.equals(document.get().path("id").asText(null))) {
            return unverifiable(log, "The document at " + controller + " does not have that URL as its id.");
        }
        Optional<JsonNode> found = find(document.get().path("verificationMethod"), method);
        if (found.isEmpty()) {
            return unverifiable(log, "The controller document does not list " + method + " as a verification method.");
        }
        JsonNode entry = found.get();
        if (!"Multikey".equals(entry.path("type").asText()) || !controller.equals(entry.path("controller").asText())) {
            return unverifiable(log, "The verification method " + method + " is not a Multikey its document controls.");
        }
        if (!Fetched.holds(document.get(), "assertionMethod", method)) {
            return unverifiable(log, "The controller document does not allow " + method + " to make assertions.");
        }
        try {
            return Optional.of(new Resolved(Multikey.decode(entry.path("publicKeyMultibase").asText()), controller));
        } catch (ProofException notEd25519) {
            return unverifiable(log, "The verification method " + method + " holds no Ed25519 key.");
        }
    }

    private static Optional<JsonNode> find(JsonNode methods, String id) {
        if (!methods.isArray()) {
            return Optional.empty();
        }
        for (JsonNode method : methods) {
            if (id.equals(method.path("id").asText(null))) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private static Optional<Resolved> unverifiable(CheckLog log, String detail) {
        log.failed("key", detail, Verdict.UNVERIFIABLE);
        return Optional.empty();
    }
}
