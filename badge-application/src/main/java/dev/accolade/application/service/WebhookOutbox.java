package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;

/**
 * Publishes an event the store's way and, in the same unit of work, writes one outbox delivery to each
 * webhook endpoint of the event's issuer that receives it, so that the change and its notifications
 * commit together or not at all.
 */
final class WebhookOutbox implements EventPublisherPort {

    private final StorePorts store;

    WebhookOutbox(StorePorts store) {
        this.store = requireNonNull(store, "store");
    }

    @Override
    public void publish(DomainEvent event) {
        WebhookEvent.of(event).ifPresent(type -> store.webhooks().findByIssuer(event.issuer()).stream()
                .filter(endpoint -> endpoint.receives(type))
                .forEach(endpoint -> enqueue(endpoint, type, event)));
        store.events().publish(event);
    }

    private void enqueue(WebhookEndpoint endpoint, WebhookEvent type, DomainEvent event) {
        store.deliveries().insert(Delivery.pending(store.ids().nextId(),
                new DeliverySource.Webhook(endpoint.id(), type), endpoint.url(), WebhookPayloads.of(type, event),
                event.occurredAt()));
    }
}
