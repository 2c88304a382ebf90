package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.application.issuer.CreatedApiKey;

/**
 * A newly issued API key with its secret, which this response shows once and never again.
 *
 * @param id the key's id
 * @param issuerId the issuer it acts as
 * @param label the note to tell keys apart, empty when none
 * @param prefix the first characters of the secret
 * @param createdAt when it was issued, ISO-8601 in UTC
 * @param secret the secret to send as a Bearer token or as the HTTP Basic user name
 */
public record CreatedApiKeyResponse(long id, long issuerId, String label, String prefix, String createdAt,
        String secret) {

    /** The response for a new key. */
    public static CreatedApiKeyResponse from(CreatedApiKey created) {
        return new CreatedApiKeyResponse(created.key().id().value(), created.key().issuer().value(),
                created.key().label(), created.key().prefix(), created.key().createdAt().toString(),
                created.secret());
    }

    @Override
    public String toString() {
        return "CreatedApiKeyResponse[id=" + id + ", prefix=" + prefix + "]";
    }
}
