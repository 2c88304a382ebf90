package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.DataIntegrityProof;
import dev.accolade.adapter.out.openbadges.proof.EddsaRdfc2022;
import dev.accolade.adapter.out.openbadges.proof.ProofException;
import dev.accolade.domain.credential.Verdict;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Verification of an Open Badges 3.0 credential secured with a Data Integrity {@code eddsa-rdfc-2022}
 * proof: the key must be the issuer's, the proof must hold over the credential as canonicalized with
 * the bundled contexts only; then its validity period and its status list.
 */
final class Ob3Check {

    private final EddsaRdfc2022 dataIntegrity;
    private final StatusCheck status;

    Ob3Check(EddsaRdfc2022 dataIntegrity, StatusCheck status) {
        this.dataIntegrity = dataIntegrity;
        this.status = status;
    }

    /** Records every check of the credential. */
    void check(ObjectNode credential, Fetched fetched, Instant now, CheckLog log) {
        log.format("ob3");
        Optional<String> issuer = Fetched.idOf(credential, "issuer");
        log.identify(Optional.ofNullable(credential.path("id").asText(null)), issuer);
        if (issuer.isEmpty()) {
            log.failed("issuer", "The credential names no issuer.", Verdict.UNVERIFIABLE);
            return;
        }
        if (!SignedShape.holds(credential, "OpenBadgeCredential", "AchievementCredential")
                || !Fetched.holds(credential, "type", "VerifiableCredential")) {
            log.failed("shape", "The credential is not an OpenBadgeCredential written with the bundled contexts"
                    + " and their terms only, so its JSON cannot be trusted to say what its proof signed.",
                    Verdict.UNVERIFIABLE);
            return;
        }
        DataIntegrityProof proof;
        try {
            proof = dataIntegrity.readProof(credential);
        } catch (ProofException refused) {
            log.failed("proof", "The credential has no proof this server checks: " + refused.reason().code() + ".",
                    Verdict.UNVERIFIABLE);
            return;
        }
        Optional<PublicKey> key = VerificationMethods.resolve(proof.verificationMethod(), issuer.get(), fetched, log);
        if (key.isEmpty()) {
            return;
        }
        try {
            dataIntegrity.verify(credential, key.get(), "assertionMethod");
            log.passed("proof", "The issuer's eddsa-rdfc-2022 proof holds.");
        } catch (ProofException refused) {
            boolean changed = refused.reason() == ProofException.Reason.SIGNATURE_INVALID;
            log.failed("proof", changed ? "The credential was changed after it was signed."
                    : "The proof cannot be checked: " + refused.reason().code() + ".",
                    changed ? Verdict.TAMPERED : Verdict.UNVERIFIABLE);
            return;
        }
        CredentialTerms.check(credential, now, log);
        status.check(credential, issuer.get(), fetched, now, log);
    }

    /** What an Open Badges 3.0 credential says of itself, checked the same way whatever secures it. */
    static final class CredentialTerms {

        private CredentialTerms() {
        }

        /** Records the subject and validity checks. */
        static void check(JsonNode credential, Instant now, CheckLog log) {
            JsonNode subject = credential.path("credentialSubject");
            if (subject.has("id") || subject.path("identifier").isArray() && !subject.path("identifier").isEmpty()) {
                log.passed("subject", "The credential names its subject.");
            } else {
                log.failed("subject", "The credential names no subject (no id and no identifier).",
                        Verdict.UNVERIFIABLE);
            }
            try {
                Instant from = Instant.parse(credential.path("validFrom").asText());
                if (from.isAfter(now)) {
                    log.failed("validity", "The credential is not valid before " + from + ".", Verdict.UNVERIFIABLE);
                    return;
                }
                if (credential.has("validUntil") && Instant.parse(credential.path("validUntil").asText())
                        .isBefore(now)) {
                    log.failed("validity", "The credential expired at " + credential.path("validUntil").asText()
                            + ".", Verdict.EXPIRED);
                    return;
                }
                log.passed("validity", "The credential is valid now.");
            } catch (DateTimeParseException notADate) {
                log.failed("validity", "The credential's validity dates are not dates.", Verdict.UNVERIFIABLE);
            }
        }
    }
}
