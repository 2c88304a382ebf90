package dev.accolade.application.port.in.member;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.member.MemberId;
import jakarta.validation.constraints.NotNull;

/**
 * Link an external handle to a member, as the operator does once it knows they are the same person.
 *
 * @param actor the operator
 * @param member the member
 * @param identity the handle in its namespace
 */
public record ClaimIdentityCommand(@NotNull Actor actor, @NotNull MemberId member,
        @NotNull ExternalIdentity identity) {
}
