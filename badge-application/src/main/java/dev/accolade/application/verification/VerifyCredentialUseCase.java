package dev.accolade.application.verification;

import dev.accolade.domain.credential.VerificationReport;

/**
 * Verifies an Open Badges 2.0 or 3.0 credential from this server or anyone else, from public URLs
 * alone: a verdict and every check made. Anyone may ask.
 */
public interface VerifyCredentialUseCase {

    /** The verdict; {@code verification_input_invalid} for an empty or oversized presentation. */
    VerificationReport verifyCredential(VerifyCredentialCommand command);
}
