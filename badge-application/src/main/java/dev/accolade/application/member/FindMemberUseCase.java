package dev.accolade.application.member;

import java.util.Optional;

/** Finds the confirmed member holding an identity, and tells whether the caller may see its email address. */
public interface FindMemberUseCase {

    /** The member, or empty when no confirmed member holds the identity. */
    Optional<MemberView> findMember(FindMemberQuery query);
}
