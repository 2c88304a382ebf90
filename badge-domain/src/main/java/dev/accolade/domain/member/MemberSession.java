package dev.accolade.domain.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.SecretHash;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in member's token, kept as its hash, valid until it expires.
 *
 * @param tokenHash the SHA-256 of the token
 * @param member whom the token acts for
 * @param createdAt when the member signed in
 * @param expiresAt when the token stops working
 */
public record MemberSession(SecretHash tokenHash, MemberId member, Instant createdAt, Instant expiresAt) {

    /** Checks every part is present and the session ends after it starts. */
    public MemberSession {
        requireNonNull(tokenHash, "tokenHash");
        requireNonNull(member, "member");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session must end after it starts");
        }
    }

    /** A session for a freshly generated token, which is hashed here and not kept. */
    public static MemberSession start(String token, MemberId member, Instant now, Duration lifetime) {
        return new MemberSession(SecretHash.of(token), member, now, now.plus(lifetime));
    }

    /** Whether the token still works at this instant. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
