package dev.accolade.adapter.in.rest.member;

import dev.accolade.application.session.SignedIn;

/**
 * A new session: the member token, shown this once, and who it acts for.
 *
 * @param token the token to send as {@code Authorization: Bearer <token>}
 * @param expiresAt when the token stops working, ISO-8601 in UTC
 * @param member the signed-in member
 */
public record SessionResponse(String token, String expiresAt, MemberResponse member) {

    /** The response for a sign-in. */
    public static SessionResponse from(SignedIn signedIn) {
        return new SessionResponse(signedIn.token(), signedIn.expiresAt().toString(),
                MemberResponse.from(signedIn.member()));
    }

    @Override
    public String toString() {
        return "SessionResponse[" + member.id() + "]";
    }
}
