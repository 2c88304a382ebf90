package dev.accolade.application.member;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.member.MemberId;
import jakarta.validation.constraints.NotNull;

/**
 * Read a member's account: the member itself, the parent of a sub-account, or the operator.
 *
 * @param actor who asks
 * @param member the member
 */
public record GetMemberQuery(@NotNull Actor actor, @NotNull MemberId member) {
}
