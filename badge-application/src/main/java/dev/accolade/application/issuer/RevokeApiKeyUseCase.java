package dev.accolade.application.issuer;

import dev.accolade.domain.issuer.ApiKey;

/** Revokes an API key so that it no longer authenticates. */
public interface RevokeApiKeyUseCase {

    /** The revoked key. */
    ApiKey revokeApiKey(RevokeApiKeyCommand command);
}
