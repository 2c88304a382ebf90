package dev.accolade.application.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.issuer.ApiKey;

/**
 * A new API key and its secret, which is shown this once and never stored.
 *
 * @param key the stored key
 * @param secret the secret to hand to the client
 */
public record CreatedApiKey(ApiKey key, String secret) {

    /** Checks both parts are present. */
    public CreatedApiKey {
        requireNonNull(key, "key");
        requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "CreatedApiKey[" + key + "]";
    }
}
