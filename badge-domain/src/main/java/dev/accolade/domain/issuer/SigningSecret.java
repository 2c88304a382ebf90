package dev.accolade.domain.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.SealedSecret;
import java.time.Instant;

/**
 * The secret an issuer signs requests with (an HMAC key), one per issuer. The server must compute
 * the same HMAC, so the secret cannot be hashed: it is kept sealed, and shown in clear only once,
 * when it is set.
 *
 * @param issuer the issuer it belongs to
 * @param sealed the secret, sealed under the server's master key
 * @param createdAt when it was set
 */
public record SigningSecret(IssuerId issuer, SealedSecret sealed, Instant createdAt) {

    /** Checks every part is present. */
    public SigningSecret {
        requireNonNull(issuer, "issuer");
        requireNonNull(sealed, "sealed");
        requireNonNull(createdAt, "createdAt");
    }
}
