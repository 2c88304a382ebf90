package dev.accolade.domain.event;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;

/**
 * An award was made.
 *
 * @param award what the event is about, as it is after the change
 * @param occurredAt when it happened
 */
public record AwardGranted(Award award, Instant occurredAt) implements DomainEvent {

    /** Checks both parts are present. */
    public AwardGranted {
        requireNonNull(award, "award");
        requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public IssuerId issuer() {
        return award.issuer();
    }
}
