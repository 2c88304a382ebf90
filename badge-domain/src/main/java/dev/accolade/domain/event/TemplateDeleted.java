package dev.accolade.domain.event;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;

/**
 * A template was deleted, and with it its awards, offers, requests and ratings.
 *
 * @param template the deleted template
 * @param issuer its issuer
 * @param occurredAt when it happened
 */
public record TemplateDeleted(TemplateId template, IssuerId issuer, Instant occurredAt) implements DomainEvent {

    /** Checks every part is present. */
    public TemplateDeleted {
        requireNonNull(template, "template");
        requireNonNull(issuer, "issuer");
        requireNonNull(occurredAt, "occurredAt");
    }
}
