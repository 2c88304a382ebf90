package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * Address an issuer as one who acts for it.
 *
 * @param actor who asks: its API key, its owner, or the operator
 * @param issuer the issuer
 */
public record ManagedIssuerQuery(@NotNull Actor actor, @NotNull IssuerId issuer) {
}
