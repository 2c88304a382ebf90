package dev.accolade.application.issuer;

/** Issues a new API key for an issuer; the secret is shown once and stored only as a hash. */
public interface CreateApiKeyUseCase {

    /** The new key with its secret. */
    CreatedApiKey createApiKey(CreateApiKeyCommand command);
}
