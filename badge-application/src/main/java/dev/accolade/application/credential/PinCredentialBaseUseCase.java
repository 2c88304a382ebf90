package dev.accolade.application.credential;

/**
 * Fixes the base URL of every issuer that has none yet to the public URL an operator configured, so
 * that its credential ids stay the same when the server later moves; run once as the server starts.
 * A local default public URL pins nothing.
 */
public interface PinCredentialBaseUseCase {

    /** How many issuers were pinned. */
    int pinCredentialBase();
}
