package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import java.time.Instant;

/**
 * Why and when an award was taken back.
 *
 * @param reason at most 500 characters
 * @param revokedAt when it was taken back
 */
public record Revocation(String reason, Instant revokedAt) {

    /** The longest reason accepted. */
    public static final int MAX_REASON_LENGTH = 500;

    /** Checks the reason and the time. */
    public Revocation {
        reason = Check.line(reason, "reason", MAX_REASON_LENGTH);
        requireNonNull(revokedAt, "revokedAt");
    }
}
