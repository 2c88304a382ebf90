package dev.accolade.bootstrap;

/**
 * What {@code admin create-issuer} prints: the issuer and its first API key.
 *
 * @param issuer the new issuer
 * @param apiKey its first key, with the secret
 */
public record NewIssuerOutput(IssuerOutput issuer, ApiKeyOutput apiKey) {
}
