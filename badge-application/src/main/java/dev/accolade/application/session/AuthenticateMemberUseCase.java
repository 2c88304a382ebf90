package dev.accolade.application.session;

import dev.accolade.domain.member.Member;

/** Tells which member a session token acts for. */
public interface AuthenticateMemberUseCase {

    /** The member, or {@code invalid_credentials} for an unknown or expired token. */
    Member authenticateMember(String token);
}
