package dev.accolade.application.webhook;

import dev.accolade.domain.webhook.WebhookEndpoint;
import java.util.List;

/** Lists an issuer's webhook endpoints. */
public interface ListWebhooksUseCase {

    /** The issuer's endpoints, oldest first. */
    List<WebhookEndpoint> listWebhooks(ListWebhooksQuery query);
}
