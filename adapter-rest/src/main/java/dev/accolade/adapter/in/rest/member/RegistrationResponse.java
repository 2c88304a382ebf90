package dev.accolade.adapter.in.rest.member;

import dev.accolade.application.member.Registration;

/**
 * A registered member and, for the operator, the token that confirms it, shown this once.
 *
 * @param member the registered member
 * @param confirmationToken the token to pass to {@code POST /v1/members/confirmations}; {@code null} when
 *     already confirmed and for anyone but the operator
 */
public record RegistrationResponse(MemberResponse member, String confirmationToken) {

    /** The response for a registration. */
    public static RegistrationResponse from(Registration registration) {
        return new RegistrationResponse(MemberResponse.from(registration.member()),
                registration.confirmationToken().orElse(null));
    }

    @Override
    public String toString() {
        return "RegistrationResponse[" + member.id() + "]";
    }
}
