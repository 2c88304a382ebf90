package dev.accolade.application.webhook;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * An issuer's webhook endpoints.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer
 */
public record ListWebhooksQuery(@NotNull Actor actor, @NotNull IssuerId issuer) {
}
