package dev.accolade.application.signing;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;

/**
 * A signing secret just set, in clear: shown this once, stored only sealed.
 *
 * @param issuer the issuer it belongs to
 * @param secret the secret to hand to the client
 * @param createdAt when it was set
 */
public record CreatedSigningSecret(IssuerId issuer, String secret, Instant createdAt) {

    /** Checks every part is present. */
    public CreatedSigningSecret {
        requireNonNull(issuer, "issuer");
        requireNonNull(secret, "secret");
        requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "CreatedSigningSecret[" + issuer + ", " + createdAt + "]";
    }
}
