package dev.accolade.application.session;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.member.Member;
import java.time.Instant;

/**
 * A signed-in member and the token that acts for it until it expires; the token is shown this once.
 *
 * @param member the member
 * @param token the 32-character token
 * @param expiresAt when the token stops working
 */
public record SignedIn(Member member, String token, Instant expiresAt) {

    /** Checks every part is present. */
    public SignedIn {
        requireNonNull(member, "member");
        requireNonNull(token, "token");
        requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "SignedIn[" + member + "]";
    }
}
