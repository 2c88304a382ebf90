package dev.accolade.application.webhook;

/** Registers a webhook endpoint and makes its signing secret. */
public interface RegisterWebhookUseCase {

    /** The new endpoint, with its secret in clear this once. */
    CreatedWebhook registerWebhook(RegisterWebhookCommand command);
}
