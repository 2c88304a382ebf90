package dev.accolade.application.member;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.Identity;
import jakarta.validation.constraints.NotNull;

/**
 * Find the confirmed member who holds an identity.
 *
 * @param actor who asks; anyone signed in
 * @param identity a member id, an email or a claimed handle
 */
public record FindMemberQuery(@NotNull Actor actor, @NotNull Identity identity) {
}
