package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.domain.issuer.ApiKey;
import java.time.Instant;

/**
 * An API key as the native API lists it: never its secret, only the visible prefix.
 *
 * @param id the key's id
 * @param issuerId the issuer it acts as
 * @param label the note to tell keys apart, empty when none
 * @param prefix the first characters of the secret
 * @param createdAt when it was issued, ISO-8601 in UTC
 * @param revokedAt when it was revoked, {@code null} while it is active
 * @param active whether it still authenticates
 */
public record ApiKeyResponse(long id, long issuerId, String label, String prefix, String createdAt,
        String revokedAt, boolean active) {

    /** The response for a key. */
    public static ApiKeyResponse from(ApiKey key) {
        return new ApiKeyResponse(key.id().value(), key.issuer().value(), key.label(), key.prefix(),
                key.createdAt().toString(), key.revokedAt().map(Instant::toString).orElse(null), key.isActive());
    }
}
