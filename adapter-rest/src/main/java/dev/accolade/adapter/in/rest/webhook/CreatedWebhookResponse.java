package dev.accolade.adapter.in.rest.webhook;

import dev.accolade.application.webhook.CreatedWebhook;
import java.util.List;

/**
 * A webhook endpoint with its signing secret, which this response shows once and never again.
 *
 * @param id the endpoint's id
 * @param issuerId the issuer whose events it receives
 * @param url where deliveries are POSTed
 * @param events the events it receives
 * @param createdAt when it was registered, ISO-8601 in UTC
 * @param secret the HMAC-SHA256 key its deliveries are signed with
 */
public record CreatedWebhookResponse(long id, long issuerId, String url, List<String> events, String createdAt,
        String secret) {

    /** The response for a new endpoint or a new secret. */
    public static CreatedWebhookResponse from(CreatedWebhook created) {
        WebhookResponse endpoint = WebhookResponse.from(created.endpoint());
        return new CreatedWebhookResponse(endpoint.id(), endpoint.issuerId(), endpoint.url(), endpoint.events(),
                endpoint.createdAt(), created.secret());
    }

    @Override
    public String toString() {
        return "CreatedWebhookResponse[id=" + id + "]";
    }
}
