package dev.accolade.application.port.out.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A request signature that was accepted once, remembered until it could no longer be accepted
 * anyway, so that a replay of the same request is refused.
 *
 * @param issuer the issuer whose secret signed it
 * @param signature the signature, lower-case hex
 * @param validUntil when its timestamp leaves the accepted window; after that it may be forgotten
 */
public record UsedSignature(IssuerId issuer, String signature, Instant validUntil) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    /** Checks every part. */
    public UsedSignature {
        requireNonNull(issuer, "issuer");
        requireNonNull(validUntil, "validUntil");
        if (signature == null || !HEX.matcher(signature).matches()) {
            throw new IllegalArgumentException("a signature is 40 or 64 lower-case hex digits");
        }
    }
}
