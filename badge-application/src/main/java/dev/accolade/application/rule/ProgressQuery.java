package dev.accolade.application.rule;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * Read a subject's progress towards an issuer's rule templates.
 *
 * @param actor who asks: the issuer's key, its owner, the operator, or the member who holds the subject identity
 * @param issuer the issuer
 * @param subject the subject's identity key
 */
public record ProgressQuery(@NotNull Actor actor, @NotNull IssuerId issuer, String subject) {
}
