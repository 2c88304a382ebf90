package dev.accolade.bootstrap;

import dev.accolade.domain.member.Member;

/**
 * A member as the admin commands print it.
 *
 * @param id the member's id
 * @param email its email address
 * @param name its full name
 * @param confirmed whether its registration is confirmed
 */
public record MemberOutput(long id, String email, String name, boolean confirmed) {

    /** The printed form of a member. */
    public static MemberOutput from(Member member) {
        return new MemberOutput(member.id().value(), member.email().value(), member.name(), member.isConfirmed());
    }
}
