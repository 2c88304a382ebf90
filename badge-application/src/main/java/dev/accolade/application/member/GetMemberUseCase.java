package dev.accolade.application.member;

import dev.accolade.domain.member.Member;

/** Reads a member's own account. */
public interface GetMemberUseCase {

    /** The member, or {@code member_not_found} when it does not exist or is not the actor's to see. */
    Member getMember(GetMemberQuery query);
}
