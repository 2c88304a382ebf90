package dev.accolade.application.webhook;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.webhook.WebhookEndpoint;

/**
 * A webhook endpoint with its signing secret in clear: the only time the secret is shown.
 *
 * @param endpoint the endpoint as stored
 * @param secret its signing secret, the HMAC key of its deliveries
 */
public record CreatedWebhook(WebhookEndpoint endpoint, String secret) {

    /** Checks both parts are present. */
    public CreatedWebhook {
        requireNonNull(endpoint, "endpoint");
        requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "CreatedWebhook[endpoint=" + endpoint.id() + ", secret=…]";
    }
}
