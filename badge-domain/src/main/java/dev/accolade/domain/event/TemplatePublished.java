package dev.accolade.domain.event;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.template.Template;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;

/**
 * A template version went live.
 *
 * @param template what the event is about, as it is after the change
 * @param occurredAt when it happened
 */
public record TemplatePublished(Template template, Instant occurredAt) implements DomainEvent {

    /** Checks both parts are present. */
    public TemplatePublished {
        requireNonNull(template, "template");
        requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public IssuerId issuer() {
        return template.issuer();
    }
}
