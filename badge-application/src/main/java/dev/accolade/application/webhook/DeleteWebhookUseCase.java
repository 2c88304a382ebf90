package dev.accolade.application.webhook;

/** Deletes a webhook endpoint with its delivery log; its pending deliveries are not sent. */
public interface DeleteWebhookUseCase {

    /** Deletes it; {@code webhook_not_found} when it is not the issuer's or the actor may not act for it. */
    void deleteWebhook(WebhookCommand command);
}
