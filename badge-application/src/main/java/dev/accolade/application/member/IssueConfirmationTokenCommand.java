package dev.accolade.application.member;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.member.MemberId;
import jakarta.validation.constraints.NotNull;

/**
 * Give an unconfirmed member a new confirmation token, for the operator to send to its email address.
 *
 * @param actor the operator
 * @param member the unconfirmed member
 */
public record IssueConfirmationTokenCommand(@NotNull Actor actor, @NotNull MemberId member) {
}
