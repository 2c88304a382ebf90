package dev.accolade.domain.identity;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.member.MemberId;
import java.time.Instant;

/**
 * A member's claim to an identity: its own id and confirmed email, or a handle linked to it. An
 * identity is claimed by at most one member; offers and awards addressed to it reach that member.
 *
 * @param identity the claimed identity
 * @param member the claiming member
 * @param claimedAt when the claim was made
 */
public record IdentityClaim(Identity identity, MemberId member, Instant claimedAt) {

    /** Checks every part is present. */
    public IdentityClaim {
        requireNonNull(identity, "identity");
        requireNonNull(member, "member");
        requireNonNull(claimedAt, "claimedAt");
    }
}
