package dev.accolade.application.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.member.Member;
import java.util.Optional;

/**
 * A registered member and, when the operator asked, the token that confirms it. The token is shown
 * this once; the operator delivers it to the owner of the email address.
 *
 * @param member the registered member
 * @param confirmationToken the confirmation token; empty once confirmed and for anyone but the operator
 */
public record Registration(Member member, Optional<String> confirmationToken) {

    /** Checks both parts are present. */
    public Registration {
        requireNonNull(member, "member");
        requireNonNull(confirmationToken, "confirmationToken");
    }

    @Override
    public String toString() {
        return "Registration[" + member + "]";
    }
}
