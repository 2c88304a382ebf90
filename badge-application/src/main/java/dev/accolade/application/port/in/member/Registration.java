package dev.accolade.application.port.in.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.member.Member;
import java.util.Optional;

/**
 * A new member and, unless it was confirmed at once, the token that confirms it. The token is shown
 * this once; the caller delivers it to the owner of the email address.
 *
 * @param member the registered member
 * @param confirmationToken the confirmation token, empty when already confirmed
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
