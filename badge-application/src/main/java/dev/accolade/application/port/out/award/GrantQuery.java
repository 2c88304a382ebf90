package dev.accolade.application.port.out.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import java.util.Optional;

/**
 * Which awards and offers to list together: an issuer's, or those that reached a member.
 *
 * @param issuer only this issuer's, when present
 * @param holder only those that reached this member, when present
 */
public record GrantQuery(Optional<IssuerId> issuer, Optional<MemberId> holder) {

    /** Checks both parts are present and one of them names something. */
    public GrantQuery {
        requireNonNull(issuer, "issuer");
        requireNonNull(holder, "holder");
        if (issuer.isEmpty() && holder.isEmpty()) {
            throw new IllegalArgumentException("a grant query names an issuer or a holder");
        }
    }

    /** What an issuer awarded and offered. */
    public static GrantQuery ofIssuer(IssuerId issuer) {
        return new GrantQuery(Optional.of(issuer), Optional.empty());
    }

    /** What was awarded and offered to a member. */
    public static GrantQuery heldBy(MemberId member) {
        return new GrantQuery(Optional.empty(), Optional.of(member));
    }
}
