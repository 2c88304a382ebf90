package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Progress;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.List;

/**
 * Writes {@code progress.updated} webhook deliveries to the outbox, in the caller's unit of work, debounced: a
 * change to a subject's progress on a template replaces the body of the delivery still waiting for that
 * endpoint, template and subject (pending, never attempted, not claimed), and only when there is none queues a
 * new one. So a subscriber has at most one waiting delivery per subject and template, carrying the latest figures.
 */
public final class ProgressNotices {

    private final WebhookEndpointRepository webhooks;
    private final DeliveryRepository deliveries;
    private final IdGeneratorPort ids;
    private final ClockPort clock;

    /** Notices through these ports. */
    public ProgressNotices(WebhookEndpointRepository webhooks, DeliveryRepository deliveries, IdGeneratorPort ids,
            ClockPort clock) {
        this.webhooks = requireNonNull(webhooks, "webhooks");
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.ids = requireNonNull(ids, "ids");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The issuer's endpoints that receive {@code progress.updated}; none means there is nothing to compute. */
    public List<WebhookEndpoint> subscribers(IssuerId issuer) {
        return webhooks.findByIssuer(issuer).stream()
                .filter(endpoint -> endpoint.receives(WebhookEvent.PROGRESS_UPDATED)).toList();
    }

    /** Tells each endpoint the subject's progress on the template, coalescing into what still waits. */
    public void send(List<WebhookEndpoint> endpoints, Template template, Identity subject, Progress progress) {
        Instant now = clock.now();
        String key = template.id().value() + ":" + subject.key();
        String body = body(template, subject, progress, now);
        for (WebhookEndpoint endpoint : endpoints) {
            if (!deliveries.coalesce(endpoint.id(), key, body, now)) {
                deliveries.insertCoalescing(Delivery.pending(ids.nextId(),
                        new DeliverySource.Webhook(endpoint.id(), WebhookEvent.PROGRESS_UPDATED), endpoint.url(),
                        body, now), key);
            }
        }
    }

    private static String body(Template template, Identity subject, Progress progress, Instant now) {
        JsonObjectText data = new JsonObjectText().put("template_id", template.id().value())
                .put("subject", subject.key()).put("current", progress.value()).put("target", progress.target())
                .put("percentage", (long) progress.percent());
        return new JsonObjectText().put("event", WebhookEvent.PROGRESS_UPDATED.wireName()).put("occurred_at", now)
                .put("issuer_id", template.issuer().value()).put("data", data).text();
    }
}
