package dev.accolade.application.rule;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Record events for an issuer.
 *
 * @param actor who asks: the issuer's key, its owner, or the operator
 * @param issuer the issuer that counts them
 * @param events 1 to 1,000 events with distinct ids
 */
public record RecordEventsCommand(@NotNull Actor actor, @NotNull IssuerId issuer, List<EventInput> events) {
}
