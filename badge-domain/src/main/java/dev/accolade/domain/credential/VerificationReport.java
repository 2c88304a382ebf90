package dev.accolade.domain.credential;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a credential: the verdict, what kind of credential it was, whose and which
 * it is when that could be read, and every check made in order.
 *
 * @param verdict the conclusion
 * @param format {@code ob2}, {@code ob3} or {@code ob3-jwt}, or {@code unknown}
 * @param credentialId the credential's or assertion's id, when it could be read
 * @param issuer the issuer's id, when it could be read
 * @param checks every check made, in order
 */
public record VerificationReport(Verdict verdict, String format, Optional<String> credentialId,
        Optional<String> issuer, List<VerificationCheck> checks) {

    /** Checks every part is present. */
    public VerificationReport {
        requireNonNull(verdict, "verdict");
        requireNonNull(format, "format");
        requireNonNull(credentialId, "credentialId");
        requireNonNull(issuer, "issuer");
        checks = List.copyOf(checks);
    }
}
