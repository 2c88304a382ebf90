package dev.accolade.application.port.out.member;

import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.member.MemberSession;
import java.util.Optional;

/** Stores signed-in members' sessions by the hash of their token, which is unique ({@code session_token_taken}). */
public interface MemberSessionRepository {

    /** Adds a new session. */
    void insert(MemberSession session);

    /** The session whose token hashes to this value. */
    Optional<MemberSession> findByTokenHash(SecretHash hash);

    /** Ends a session; no-op when there is none. */
    void delete(SecretHash hash);
}
