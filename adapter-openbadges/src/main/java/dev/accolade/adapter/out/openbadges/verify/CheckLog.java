package dev.accolade.adapter.out.openbadges.verify;

import dev.accolade.domain.credential.Verdict;
import dev.accolade.domain.credential.VerificationCheck;
import dev.accolade.domain.credential.VerificationReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks one verification makes, in order, and the verdict they add up to: a changed credential
 * is tampered whatever else was found; one that could not be checked is unverifiable; then revoked,
 * then expired; verified only when nothing else was found.
 */
final class CheckLog {

    private static final List<Verdict> WORST_FIRST = List.of(Verdict.TAMPERED, Verdict.UNVERIFIABLE,
            Verdict.REVOKED, Verdict.EXPIRED);

    private final List<VerificationCheck> checks = new ArrayList<>();
    private final Set<Verdict> findings = EnumSet.noneOf(Verdict.class);
    private String format = "unknown";
    private Optional<String> credentialId = Optional.empty();
    private Optional<String> issuer = Optional.empty();

    /** Records a check that passed. */
    void passed(String name, String detail) {
        checks.add(VerificationCheck.passed(name, detail));
    }

    /** Records a check that failed, and what its failure makes of the credential. */
    void failed(String name, String detail, Verdict finding) {
        checks.add(VerificationCheck.failed(name, detail));
        findings.add(finding);
    }

    /** Whether a check so far found the credential changed or not checkable. */
    boolean broken() {
        return findings.contains(Verdict.TAMPERED) || findings.contains(Verdict.UNVERIFIABLE);
    }

    /** Names the kind of credential. */
    void format(String value) {
        this.format = value;
    }

    /** Names the credential and its issuer, as far as they could be read. */
    void identify(Optional<String> id, Optional<String> issuerId) {
        this.credentialId = id.or(() -> credentialId);
        this.issuer = issuerId.or(() -> issuer);
    }

    /** The report of every check made. */
    VerificationReport report() {
        Verdict verdict = WORST_FIRST.stream().filter(findings::contains).findFirst().orElse(Verdict.VERIFIED);
        if (checks.isEmpty()) {
            verdict = Verdict.UNVERIFIABLE;
        }
        return new VerificationReport(verdict, format, credentialId, issuer, checks);
    }
}
