package dev.accolade.application.issuer;

/** The API key feature: an issuer's keys, made, listed, revoked, and told apart from wrong ones. */
public interface ApiKeys extends CreateApiKeyUseCase, ListApiKeysUseCase, RevokeApiKeyUseCase,
        AuthenticateApiKeyUseCase {
}
