package dev.accolade.application.signing;

import dev.accolade.domain.issuer.Issuer;

/**
 * Tells whether a request addressed to an issuer by its slug may write: by one of its API keys or
 * its signing secret sent as a key, by a fresh signature (within {@code ±300} seconds, never used
 * before), or, in the sandbox only, by nothing at all for the open {@code test} issuer.
 */
public interface AuthenticateIssuerUseCase {

    /** The issuer; {@code invalid_credentials} for an unknown slug and for every bad credential alike. */
    Issuer authenticateIssuer(IssuerCredentials credentials);
}
