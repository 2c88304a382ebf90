package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.ApiKeyId;
import jakarta.validation.constraints.NotNull;

/**
 * Revoke an API key.
 *
 * @param actor who asks: the operator, the key's issuer, or its owner
 * @param key the key
 */
public record RevokeApiKeyCommand(@NotNull Actor actor, @NotNull ApiKeyId key) {
}
