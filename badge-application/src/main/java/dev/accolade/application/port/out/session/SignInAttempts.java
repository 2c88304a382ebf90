package dev.accolade.application.port.out.session;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.SecretHash;
import java.time.Instant;
import java.util.Optional;

/**
 * What is counted of the sign-ins under one key: a member and an address, an address, or a member. The key
 * is a hash, so that the store holds no email address or client address in the clear.
 *
 * @param key the hash the sign-in throttle files these counts under
 * @param failures the failures since the last success, or since counting started again
 * @param lastFailure when the last failure was counted, if one was
 * @param lastSuccess when a sign-in under this key last succeeded, if one did
 */
public record SignInAttempts(SecretHash key, int failures, Optional<Instant> lastFailure,
        Optional<Instant> lastSuccess) {

    /** Checks every part is present and the count is not negative. */
    public SignInAttempts {
        requireNonNull(key, "key");
        requireNonNull(lastFailure, "lastFailure");
        requireNonNull(lastSuccess, "lastSuccess");
        if (failures < 0) {
            throw new IllegalArgumentException("a count of failures is not negative");
        }
    }

    /** Nothing counted under a key. */
    public static SignInAttempts none(SecretHash key) {
        return new SignInAttempts(key, 0, Optional.empty(), Optional.empty());
    }
}
