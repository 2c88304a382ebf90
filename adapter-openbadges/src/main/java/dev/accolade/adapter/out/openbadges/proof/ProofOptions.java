package dev.accolade.adapter.out.openbadges.proof;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a new proof states besides its signature: the key's URL, the purpose and the creation time.
 *
 * @param verificationMethod the absolute URL of the signing key, e.g. "https://issuer.example/profile#key-1"
 * @param proofPurpose the verification relationship, {@value #ASSERTION_METHOD} for credentials
 * @param created the proof's creation time, truncated to whole seconds
 */
public record ProofOptions(String verificationMethod, String proofPurpose, Instant created) {

    /** The purpose of every proof on a credential. */
    public static final String ASSERTION_METHOD = "assertionMethod";

    /** Checks that the verification method is an absolute URL and the purpose a non-blank term. */
    public ProofOptions {
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        Objects.requireNonNull(proofPurpose, "proofPurpose");
        Objects.requireNonNull(created, "created");
        if (!ExpandedFormCheck.isAbsoluteIri(verificationMethod)) {
            throw new IllegalArgumentException("verificationMethod must be an absolute URL");
        }
        if (proofPurpose.isBlank()) {
            throw new IllegalArgumentException("proofPurpose must not be blank");
        }
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Options for a credential proof: purpose {@value #ASSERTION_METHOD}. */
    public static ProofOptions assertionMethod(String verificationMethod, Instant created) {
        return new ProofOptions(verificationMethod, ASSERTION_METHOD, created);
    }

    /** {@link #created} as an XSD dateTimeStamp in UTC, e.g. "2023-02-24T23:36:38Z". */
    String createdText() {
        return DateTimeFormatter.ISO_INSTANT.format(created);
    }
}
