package dev.accolade.application.member;

import dev.accolade.application.port.in.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Register a person. Anyone may; only the operator is given the confirmation token, because
 * confirming claims the email address and everything awarded to it.
 *
 * @param actor who registers the person
 * @param details the account's details
 */
public record RegisterMemberCommand(@NotNull Actor actor, @NotNull @Valid MemberDetails details) {
}
