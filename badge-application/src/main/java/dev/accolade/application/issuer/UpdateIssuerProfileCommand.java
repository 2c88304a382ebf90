package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Replace an issuer's profile: what it leaves out is cleared.
 *
 * @param actor who asks: the issuer's API key, its owner, or the operator
 * @param issuer the issuer
 * @param profile the new profile
 */
public record UpdateIssuerProfileCommand(@NotNull Actor actor, @NotNull IssuerId issuer,
        @NotNull @Valid IssuerProfileInput profile) {
}
