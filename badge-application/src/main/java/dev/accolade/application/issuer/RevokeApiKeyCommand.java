package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * Revoke an API key.
 *
 * @param actor who asks: the operator, the key's issuer, or its owner
 * @param key the key
 * @param issuer the issuer the key must belong to, or null for any the actor acts for
 */
public record RevokeApiKeyCommand(@NotNull Actor actor, @NotNull ApiKeyId key, IssuerId issuer) {

    /** Revoke a key of any issuer the actor acts for. */
    public RevokeApiKeyCommand(Actor actor, ApiKeyId key) {
        this(actor, key, null);
    }

    /** This command, for a key that must belong to this issuer: another issuer's key reads as missing. */
    public RevokeApiKeyCommand ofIssuer(IssuerId owner) {
        return new RevokeApiKeyCommand(actor, key, owner);
    }
}
