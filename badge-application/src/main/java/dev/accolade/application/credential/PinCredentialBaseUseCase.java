package dev.accolade.application.credential;

/**
 * Fixes the base URL of every issuer that has none yet to the configured public URL, so that its
 * credential ids stay the same when the server later moves; run once as the server starts.
 */
public interface PinCredentialBaseUseCase {

    /** How many issuers were pinned. */
    int pinCredentialBase();
}
