package dev.accolade.application.verification;

/** The verification feature: checks any Open Badges credential, from this server or another. */
public interface Verifications extends VerifyCredentialUseCase {
}
