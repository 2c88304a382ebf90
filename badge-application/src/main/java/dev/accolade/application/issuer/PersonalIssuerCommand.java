package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.member.MemberId;
import jakarta.validation.constraints.NotNull;

/**
 * Open a member's personal issuer: the account it awards as when it acts alone.
 *
 * @param actor the member itself or the operator
 * @param member the member
 */
public record PersonalIssuerCommand(@NotNull Actor actor, @NotNull MemberId member) {
}
