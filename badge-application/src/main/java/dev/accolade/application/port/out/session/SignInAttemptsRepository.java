package dev.accolade.application.port.out.session;

import dev.accolade.domain.common.SecretHash;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed and successful sign-ins under opaque keys, for the sign-in throttle. Kept in the store so
 * that every server instance sharing one database slows down the same attempts; each count is changed
 * in one statement, so that concurrent attempts all count.
 */
public interface SignInAttemptsRepository {

    /** What is counted under a key; empty when nothing is. */
    Optional<SignInAttempts> find(SecretHash key);

    /**
     * Counts one failure under a key at this instant. A count whose last failure came before {@code countSince}
     * starts again at one; a key with nothing counted gets its first record.
     */
    void countFailure(SecretHash key, Instant at, Instant countSince);

    /** Records a success under a key at this instant: its failures go back to zero and the success is kept. */
    void countSuccess(SecretHash key, Instant at);

    /**
     * Forgets every key whose last failure, if any, came before {@code failuresBefore} and whose last success, if
     * any, came before {@code successesBefore}; returns how many were forgotten.
     */
    int forget(Instant failuresBefore, Instant successesBefore);
}
