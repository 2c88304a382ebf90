package dev.accolade.application.webhook;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import jakarta.validation.constraints.NotNull;

/**
 * One page of a webhook endpoint's delivery log.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer the endpoint must belong to
 * @param endpoint the endpoint
 * @param page which page
 */
public record WebhookDeliveriesQuery(@NotNull Actor actor, @NotNull IssuerId issuer,
        @NotNull WebhookEndpointId endpoint, @NotNull PageRequest page) {
}
