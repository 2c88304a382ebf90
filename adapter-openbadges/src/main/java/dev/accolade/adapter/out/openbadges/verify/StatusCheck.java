package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.BitstringStatusList;
import dev.accolade.adapter.out.openbadges.proof.DataIntegrityProof;
import dev.accolade.adapter.out.openbadges.proof.EddsaRdfc2022;
import dev.accolade.adapter.out.openbadges.proof.ProofException;
import dev.accolade.domain.credential.Verdict;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a credential's revocation status from the Bitstring Status List it names: the list must be its
 * issuer's, carry a proof by the issuer's key, and serve the revocation purpose; the credential's bit
 * set means revoked.
 */
final class StatusCheck {

    private static final String PURPOSE = "revocation";

    private final EddsaRdfc2022 dataIntegrity;

    StatusCheck(EddsaRdfc2022 dataIntegrity) {
        this.dataIntegrity = dataIntegrity;
    }

    /** Records under {@code status} whether the issuer's list says the credential is revoked. */
    void check(JsonNode credential, String issuer, Fetched fetched, Instant now, CheckLog log) {
        Optional<JsonNode> entry = revocationEntry(credential.path("credentialStatus"));
        if (entry.isEmpty()) {
            log.passed("status", "The credential names no revocation list.");
            return;
        }
        String listUrl = entry.get().path("statusListCredential").asText("");
        String index = entry.get().path("statusListIndex").asText("");
        if (!index.matches("[0-9]{1,9}")) {
            log.failed("status", "The status entry's index is not a number.", Verdict.UNVERIFIABLE);
            return;
        }
        Optional<ObjectNode> list = fetched.object(listUrl);
        if (list.isEmpty()) {
            log.failed("status", "The status list " + listUrl + " could not be fetched.", Verdict.UNVERIFIABLE);
            return;
        }
        if (!listUrl.equals(list.get().path("id").asText(null))
                || !SignedShape.holds(list.get(), "BitstringStatusListCredential")) {
            log.failed("status", "The document at " + listUrl + " is not that status list credential.",
                    Verdict.UNVERIFIABLE);
            return;
        }
        if (!issuer.equals(Fetched.idOf(list.get(), "issuer").orElse(""))) {
            log.failed("status", "The status list " + listUrl + " is not the issuer's.", Verdict.UNVERIFIABLE);
            return;
        }
        if (!signedByIssuer(list.get(), issuer, fetched, log)) {
            return;
        }
        if (list.get().has("validUntil") && !stillValid(list.get().path("validUntil").asText(), now)) {
            log.failed("status", "The status list is out of date.", Verdict.UNVERIFIABLE);
            return;
        }
        JsonNode subject = list.get().path("credentialSubject");
        if (!Fetched.holds(subject, "statusPurpose", PURPOSE)) {
            log.failed("status", "The status list does not serve revocation.", Verdict.UNVERIFIABLE);
            return;
        }
        try {
            boolean revoked = BitstringStatusList.decode(subject.path("encodedList").asText(""))
                    .isSet(Long.parseLong(index));
            if (revoked) {
                log.failed("status", "The issuer's status list marks the credential revoked.", Verdict.REVOKED);
            } else {
                log.passed("status", "The issuer's status list does not mark the credential revoked.");
            }
        } catch (ProofException malformed) {
            log.failed("status", "The status list cannot be read: " + malformed.reason().code() + ".",
                    Verdict.UNVERIFIABLE);
        }
    }

    private static boolean stillValid(String validUntil, Instant now) {
        try {
            return !Instant.parse(validUntil).isBefore(now);
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private boolean signedByIssuer(ObjectNode list, String issuer, Fetched fetched, CheckLog log) {
        try {
            DataIntegrityProof proof = dataIntegrity.readProof(list);
            Optional<PublicKey> key = VerificationMethods.resolve(proof.verificationMethod(), issuer, fetched, log);
            if (key.isEmpty()) {
                return false;
            }
            dataIntegrity.verify(list, key.get(), "assertionMethod");
            return true;
        } catch (ProofException refused) {
            log.failed("status", "The status list's proof does not hold: " + refused.reason().code() + ".",
                    Verdict.UNVERIFIABLE);
            return false;
        }
    }

    private static Optional<JsonNode> revocationEntry(JsonNode status) {
        if (status.isArray()) {
            for (JsonNode entry : status) {
                if (isRevocationEntry(entry)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }
        return isRevocationEntry(status) ? Optional.of(status) : Optional.empty();
    }

    private static boolean isRevocationEntry(JsonNode entry) {
        return Fetched.holds(entry, "type", "BitstringStatusListEntry")
                && PURPOSE.equals(entry.path("statusPurpose").asText());
    }
}
