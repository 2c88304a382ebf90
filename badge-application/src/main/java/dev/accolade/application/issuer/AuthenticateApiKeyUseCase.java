package dev.accolade.application.issuer;

import dev.accolade.domain.issuer.Issuer;

/** Tells which issuer an API key secret acts as. */
public interface AuthenticateApiKeyUseCase {

    /** The issuer, or {@code invalid_credentials} for an unknown or revoked key. */
    Issuer authenticateApiKey(String secret);
}
