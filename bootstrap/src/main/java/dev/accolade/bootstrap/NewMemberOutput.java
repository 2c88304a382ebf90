package dev.accolade.bootstrap;

/**
 * What {@code admin create-member} prints: the confirmed member and its personal issuer.
 *
 * @param member the new member
 * @param issuer the issuer it awards as
 */
public record NewMemberOutput(MemberOutput member, IssuerOutput issuer) {
}
