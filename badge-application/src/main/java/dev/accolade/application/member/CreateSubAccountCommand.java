package dev.accolade.application.member;

import dev.accolade.application.port.in.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Register a sub-account of the signed-in member. The parent cannot act for it; the sub-account
 * signs in with its own credentials.
 *
 * @param actor the parent member
 * @param details the sub-account's details
 */
public record CreateSubAccountCommand(@NotNull Actor actor, @NotNull @Valid MemberDetails details) {
}
