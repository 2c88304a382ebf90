package dev.accolade.adapter.in.rest.member;

import dev.accolade.domain.member.Member;

/**
 * What anyone signed in may learn of a member they found: never the email or the account's state.
 *
 * @param id the member's id
 * @param name the full name
 * @param nickname the nickname, {@code null} when none
 * @param avatar the picture, {@code null} when none
 */
public record PublicMemberResponse(long id, String name, String nickname, AvatarResponse avatar) {

    /** The response for a member. */
    public static PublicMemberResponse from(Member member) {
        return new PublicMemberResponse(member.id().value(), member.name(), member.profile().nickname().orElse(null),
                member.profile().avatar().map(AvatarResponse::from).orElse(null));
    }
}
