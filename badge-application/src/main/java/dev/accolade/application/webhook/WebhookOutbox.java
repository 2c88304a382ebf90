package dev.accolade.application.webhook;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Publishes an event the store's way and, in the same unit of work, writes one outbox delivery to each
 * webhook endpoint of the event's issuer that receives it, so that the change and its notifications
 * commit together or not at all.
 */
final class WebhookOutbox implements EventPublisherPort {

    private final EventPublisherPort decorated;
    private final WebhookEndpointRepository webhooks;
    private final DeliveryRepository deliveries;
    private final IdGeneratorPort ids;

    WebhookOutbox(EventPublisherPort decorated, WebhookEndpointRepository webhooks, DeliveryRepository deliveries,
            IdGeneratorPort ids) {
        this.decorated = requireNonNull(decorated, "decorated");
        this.webhooks = requireNonNull(webhooks, "webhooks");
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.ids = requireNonNull(ids, "ids");
    }

    @Override
    public void publish(DomainEvent event) {
        WebhookEvent.of(event).ifPresent(type -> webhooks.findByIssuer(event.issuer()).stream()
                .filter(endpoint -> endpoint.receives(type))
                .forEach(endpoint -> enqueue(endpoint, type, event)));
        decorated.publish(event);
    }

    /** Writes the deliveries of all the events as one batch, then publishes them all on. */
    @Override
    public void publishAll(List<? extends DomainEvent> events) {
        List<Map.Entry<WebhookEndpoint, DomainEvent>> due = new ArrayList<>();
        for (DomainEvent event : events) {
            WebhookEvent.of(event).ifPresent(type -> webhooks.findByIssuer(event.issuer()).stream()
                    .filter(endpoint -> endpoint.receives(type)).forEach(endpoint -> due.add(Map.entry(endpoint,
                            event))));
        }
        if (!due.isEmpty()) {
            Iterator<Long> fresh = ids.nextIds(due.size()).iterator();
            deliveries.insertAll(due.stream().map(entry -> delivery(fresh.next(), entry.getKey(),
                    WebhookEvent.of(entry.getValue()).orElseThrow(), entry.getValue())).toList());
        }
        decorated.publishAll(events);
    }

    private static Delivery delivery(long id, WebhookEndpoint endpoint, WebhookEvent type, DomainEvent event) {
        return Delivery.pending(id, new DeliverySource.Webhook(endpoint.id(), type), endpoint.url(),
                WebhookPayloads.of(type, event), event.occurredAt());
    }

    private void enqueue(WebhookEndpoint endpoint, WebhookEvent type, DomainEvent event) {
        deliveries.insert(delivery(ids.nextId(), endpoint, type, event));
    }
}
