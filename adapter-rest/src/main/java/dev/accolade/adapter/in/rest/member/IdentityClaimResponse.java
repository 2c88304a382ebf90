package dev.accolade.adapter.in.rest.member;

import dev.accolade.domain.identity.IdentityClaim;

/**
 * A member's claim to an identity.
 *
 * @param identity the identity in canonical form, such as {@code handle:minecraft:survival/steve}
 * @param memberId the claiming member
 * @param claimedAt when the claim was made, ISO-8601 in UTC
 */
public record IdentityClaimResponse(String identity, long memberId, String claimedAt) {

    /** The response for a claim. */
    public static IdentityClaimResponse from(IdentityClaim claim) {
        return new IdentityClaimResponse(claim.identity().key(), claim.member().value(), claim.claimedAt().toString());
    }
}
