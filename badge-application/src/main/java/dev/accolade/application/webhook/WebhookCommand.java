package dev.accolade.application.webhook;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import jakarta.validation.constraints.NotNull;

/**
 * One webhook endpoint of an issuer, to read, delete or give a new secret.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer the endpoint must belong to
 * @param endpoint the endpoint
 */
public record WebhookCommand(@NotNull Actor actor, @NotNull IssuerId issuer, @NotNull WebhookEndpointId endpoint) {
}
