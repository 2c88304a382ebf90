package dev.accolade.adapter.in.rest.rule;

import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.domain.issuer.IssuerId;
import java.util.List;

/**
 * The body of {@code POST /v1/issuers/{id}/events}.
 *
 * @param events the events, 1 to 1,000
 */
public record RecordEventsRequest(List<Event> events) {

    /** The command; a 400 when {@code events} is missing. */
    public RecordEventsCommand toCommand(Actor actor, IssuerId issuer) {
        return new RecordEventsCommand(actor, issuer, Requests.required(events, "events").stream()
                .map(event -> event == null ? null : event.toInput()).toList());
    }

    /**
     * One event.
     *
     * @param id the issuer's id of the event
     * @param subject an identity key
     * @param metric the metric's name
     * @param value how much; absent for 1
     * @param occurredAt ISO-8601 with an offset; absent for now
     * @param timeZone the subject's IANA time zone its day is counted in; absent for the issuer's
     */
    public record Event(String id, String subject, String metric, Long value, String occurredAt, String timeZone) {

        EventInput toInput() {
            return new EventInput(id, subject, metric, value, Instants.parse(occurredAt, "occurred_at"), timeZone);
        }
    }
}
