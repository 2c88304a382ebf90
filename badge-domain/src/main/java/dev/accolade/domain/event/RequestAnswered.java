package dev.accolade.domain.event;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;

/**
 * A request to be awarded was accepted or rejected; its status says which.
 *
 * @param request what the event is about, as it is after the change
 * @param occurredAt when it happened
 */
public record RequestAnswered(AwardRequest request, Instant occurredAt) implements DomainEvent {

    /** Checks both parts are present. */
    public RequestAnswered {
        requireNonNull(request, "request");
        requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public IssuerId issuer() {
        return request.issuer();
    }
}
