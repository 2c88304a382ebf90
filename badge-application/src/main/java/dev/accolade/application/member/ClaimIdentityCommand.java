package dev.accolade.application.member;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.member.MemberId;
import jakarta.validation.constraints.NotNull;

/**
 * Link an external handle to a member, once the operator, or the game server's issuer for its players,
 * knows they are the same person.
 *
 * @param actor the operator, or the issuer of the game server in whose namespace the handle is
 * @param member the member
 * @param identity the handle in its namespace
 */
public record ClaimIdentityCommand(@NotNull Actor actor, @NotNull MemberId member,
        @NotNull ExternalIdentity identity) {
}
