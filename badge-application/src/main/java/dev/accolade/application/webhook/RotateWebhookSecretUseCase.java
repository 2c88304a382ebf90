package dev.accolade.application.webhook;

/** Gives a webhook endpoint a new signing secret; the old one signs nothing from then on. */
public interface RotateWebhookSecretUseCase {

    /** The endpoint with its new secret in clear this once. */
    CreatedWebhook rotateWebhookSecret(WebhookCommand command);
}
