package dev.accolade.adapter.in.rest.webhook;

import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;
import java.util.List;

/**
 * A webhook endpoint as the native API shows it; its secret is never shown again.
 *
 * @param id the endpoint's id
 * @param issuerId the issuer whose events it receives
 * @param url where deliveries are POSTed
 * @param events the events it receives
 * @param createdAt when it was registered, ISO-8601 in UTC
 */
public record WebhookResponse(long id, long issuerId, String url, List<String> events, String createdAt) {

    /** The response for an endpoint. */
    public static WebhookResponse from(WebhookEndpoint endpoint) {
        return new WebhookResponse(endpoint.id().value(), endpoint.issuer().value(), endpoint.url().value(),
                endpoint.events().stream().map(WebhookEvent::wireName).toList(), endpoint.createdAt().toString());
    }
}
