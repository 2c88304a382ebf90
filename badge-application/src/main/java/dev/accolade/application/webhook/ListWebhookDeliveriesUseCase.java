package dev.accolade.application.webhook;

import dev.accolade.application.paging.Page;
import dev.accolade.domain.delivery.Delivery;

/** Reads a webhook endpoint's delivery log. */
public interface ListWebhookDeliveriesUseCase {

    /** One page of its deliveries, newest first, with their status, attempts and last error. */
    Page<Delivery> listWebhookDeliveries(WebhookDeliveriesQuery query);
}
