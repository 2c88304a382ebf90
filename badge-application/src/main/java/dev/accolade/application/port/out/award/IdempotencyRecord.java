package dev.accolade.application.port.out.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;

/**
 * The first outcome of an award made under an idempotency key, so that a retry gets it again.
 *
 * @param issuer the issuer the key belongs to
 * @param key the client's key
 * @param fingerprint the SHA-256 of the command, to refuse the key with another command
 * @param outcome what the first call produced
 * @param outcomeId the id of the award or offer it produced
 * @param createdAt when the first call ran
 */
public record IdempotencyRecord(IssuerId issuer, String key, String fingerprint, OutcomeKind outcome,
        long outcomeId, Instant createdAt) {

    /** Checks every part is present. */
    public IdempotencyRecord {
        requireNonNull(issuer, "issuer");
        requireNonNull(key, "key");
        requireNonNull(fingerprint, "fingerprint");
        requireNonNull(outcome, "outcome");
        requireNonNull(createdAt, "createdAt");
    }

    /** Which kind of outcome was recorded. */
    public enum OutcomeKind {
        /** An award was made; the id is the award's. */
        AWARDED,
        /** An offer was made; the id is the offer's. */
        OFFERED,
        /** The recipient already held it; the id is the existing award's. */
        ALREADY_AWARDED
    }
}
