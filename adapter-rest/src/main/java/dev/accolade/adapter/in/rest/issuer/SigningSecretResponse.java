package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.application.signing.CreatedSigningSecret;

/**
 * A signing secret just set, which this response shows once and never again.
 *
 * @param issuerId the issuer it signs for
 * @param createdAt when it was set, ISO-8601 in UTC
 * @param secret the HMAC key for signed requests, also accepted as a bare key by the UserBadges dialect
 */
public record SigningSecretResponse(long issuerId, String createdAt, String secret) {

    /** The response for a new secret. */
    public static SigningSecretResponse from(CreatedSigningSecret created) {
        return new SigningSecretResponse(created.issuer().value(), created.createdAt().toString(), created.secret());
    }

    @Override
    public String toString() {
        return "SigningSecretResponse[issuerId=" + issuerId + "]";
    }
}
