package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * List an issuer's API keys (without secrets).
 *
 * @param actor who asks
 * @param issuer the issuer
 */
public record ListApiKeysQuery(@NotNull Actor actor, @NotNull IssuerId issuer) {
}
