package dev.accolade.application.member;

import dev.accolade.domain.member.Member;
import java.util.Optional;

/** Finds the confirmed member holding an identity. */
public interface FindMemberUseCase {

    /** The member, or empty when no confirmed member holds the identity. */
    Optional<Member> findMember(FindMemberQuery query);
}
