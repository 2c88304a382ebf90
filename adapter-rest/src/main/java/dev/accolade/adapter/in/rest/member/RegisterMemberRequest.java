package dev.accolade.adapter.in.rest.member;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.member.MemberDetails;

/**
 * The body of {@code POST /v1/members} and {@code POST /v1/members/me/sub_accounts}.
 *
 * @param email the email address
 * @param password the password, 8 to 128 characters
 * @param name the full name
 * @param nickname an optional nickname
 * @param avatar an optional picture
 */
public record RegisterMemberRequest(String email, String password, String name, String nickname,
        AvatarRequest avatar) {

    /** The person's details; a 400 when a required parameter is missing. */
    public MemberDetails toDetails() {
        if (password == null || password.isEmpty()) {
            throw RequestRejected.missingParameter("password");
        }
        return new MemberDetails(Requests.required(email, "email"), password, Requests.required(name, "name"), nickname,
                avatar == null ? null : avatar.toInput());
    }

    @Override
    public String toString() {
        return "RegisterMemberRequest[" + email + "]";
    }
}
