package dev.accolade.application.rule;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.EventBatch;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Turns the events a client gave into a checked batch, refusing the first bad one with its own code. */
final class EventReader {

    private EventReader() {
    }

    /** The batch, recorded at {@code now}; nothing is written when any event is refused. */
    static EventBatch batch(IssuerId issuer, List<EventInput> inputs, Instant now) {
        EventBatch.checkSize(inputs == null ? 0 : inputs.size());
        return EventBatch.of(inputs.stream().map(input -> event(issuer, input, now)).toList(), now);
    }

    private static MetricEvent event(IssuerId issuer, EventInput input, Instant now) {
        if (input == null) {
            throw DomainException.invalid("event_required", "Every event of the batch must be given.");
        }
        String id = MetricEvent.checkedId(input.id());
        long value = MetricEvent.checkedValue(Optional.ofNullable(input.value()).orElse(1L));
        Instant occurredAt = Optional.ofNullable(input.occurredAt()).orElse(now);
        Optional<ZoneId> zone = Optional.ofNullable(input.timeZone()).map(MetricEvent::checkedTimeZone);
        return new MetricEvent(issuer, id, subject(input.subject()), new Metric(input.metric()), value,
                occurredAt, now, zone);
    }

    /** The subject an identity key names, or {@code subject_invalid}. */
    static Identity subject(String key) {
        try {
            return Identity.parse(key);
        } catch (DomainException invalid) {
            throw Check.invalid("subject", "must be an identity key such as handle:forum/steve or email:a@b.org");
        }
    }
}
