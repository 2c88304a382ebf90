package dev.accolade.application.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.member.Member;

/**
 * A member found by an identity, and whether the caller may see its email address. That is decided
 * here once for every API: the member itself and the operator see it, and so does a caller who found
 * the member by that very address; nobody else does.
 *
 * @param member the member
 * @param emailVisible whether the member's email address may be shown to the caller
 */
public record MemberView(Member member, boolean emailVisible) {

    /** Checks the member is present. */
    public MemberView {
        requireNonNull(member, "member");
    }
}
