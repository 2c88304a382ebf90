package dev.accolade.application.webhook;

/** The webhook feature: an issuer's endpoints, their signing secrets and their delivery logs. */
public interface Webhooks extends RegisterWebhookUseCase, ListWebhooksUseCase, GetWebhookUseCase, DeleteWebhookUseCase,
        RotateWebhookSecretUseCase, ListWebhookDeliveriesUseCase, RedeliverUseCase {
}
