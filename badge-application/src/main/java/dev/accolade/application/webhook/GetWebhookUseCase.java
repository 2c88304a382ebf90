package dev.accolade.application.webhook;

import dev.accolade.domain.webhook.WebhookEndpoint;

/** Reads one webhook endpoint. */
public interface GetWebhookUseCase {

    /** The endpoint; {@code webhook_not_found} when it is not the issuer's or the actor may not see it. */
    WebhookEndpoint getWebhook(WebhookCommand command);
}
