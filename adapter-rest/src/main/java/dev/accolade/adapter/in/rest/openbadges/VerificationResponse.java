package dev.accolade.adapter.in.rest.openbadges;

import dev.accolade.domain.credential.VerificationCheck;
import dev.accolade.domain.credential.VerificationReport;
import java.util.List;

/**
 * A verification as the native API shows it.
 *
 * @param verdict {@code verified}, {@code revoked}, {@code expired}, {@code tampered} or {@code unverifiable}
 * @param format {@code ob2}, {@code ob3}, {@code ob3-jwt} or {@code unknown}
 * @param credentialId the credential's or assertion's id, or {@code null} when it could not be read
 * @param issuer the issuer's id, or {@code null} when it could not be read
 * @param checks every check made, in order
 */
public record VerificationResponse(String verdict, String format, String credentialId, String issuer,
        List<Check> checks) {

    /**
     * One check and what it found.
     *
     * @param name a stable name, such as {@code proof}
     * @param passed whether it passed
     * @param detail what was found
     */
    public record Check(String name, boolean passed, String detail) {

        static Check from(VerificationCheck check) {
            return new Check(check.name(), check.passed(), check.detail());
        }
    }

    /** The response for a report. */
    public static VerificationResponse from(VerificationReport report) {
        return new VerificationResponse(report.verdict().wireName(), report.format(),
                report.credentialId().orElse(null), report.issuer().orElse(null),
                report.checks().stream().map(Check::from).toList());
    }
}
