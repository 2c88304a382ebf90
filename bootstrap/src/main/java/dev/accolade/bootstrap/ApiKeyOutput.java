package dev.accolade.bootstrap;

import dev.accolade.application.issuer.CreatedApiKey;

/**
 * A new API key as the admin commands print it, with its secret, shown this once.
 *
 * @param id the key's id
 * @param issuer the id of the issuer the key acts as
 * @param prefix the visible start of the secret, to tell keys apart
 * @param label the key's note, or {@code null}
 * @param secret the secret to hand to the client
 */
public record ApiKeyOutput(long id, long issuer, String prefix, String label, String secret) {

    /** The printed form of a new key. */
    public static ApiKeyOutput from(CreatedApiKey created) {
        return new ApiKeyOutput(created.key().id().value(), created.key().issuer().value(), created.key().prefix(),
                created.key().label(), created.secret());
    }

    @Override
    public String toString() {
        return "ApiKeyOutput[id=" + id + ", issuer=" + issuer + ", prefix=" + prefix + ", label=" + label + "]";
    }
}
