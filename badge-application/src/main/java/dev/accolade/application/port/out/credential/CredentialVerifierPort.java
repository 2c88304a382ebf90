package dev.accolade.application.port.out.credential;

import dev.accolade.domain.credential.VerificationReport;
import java.time.Instant;

/**
 * Verifies Open Badges credentials of any issuer: unbakes images, checks hosted Open Badges 2.0
 * assertions against their hosts, checks Open Badges 3.0 proofs (Data Integrity and VC-JWT) against
 * their issuers' published keys, and reads status lists.
 */
public interface CredentialVerifierPort {

    /** Every check made on what was presented, dereferencing URLs through the resolver, as of now. */
    VerificationReport verify(Presentation presentation, DocumentResolverPort resolver, Instant now);
}
