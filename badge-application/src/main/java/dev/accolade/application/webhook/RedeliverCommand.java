package dev.accolade.application.webhook;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Send one delivery of a webhook endpoint again.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer the endpoint must belong to
 * @param endpoint the endpoint the delivery went to
 * @param delivery the delivery's id
 */
public record RedeliverCommand(@NotNull Actor actor, @NotNull IssuerId issuer, @NotNull WebhookEndpointId endpoint,
        @Positive long delivery) {
}
