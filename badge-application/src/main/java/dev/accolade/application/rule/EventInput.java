package dev.accolade.application.rule;

import java.time.Instant;

/**
 * One event as a client gives it, checked by the use case.
 *
 * @param id the issuer's id of the event, at most 100 characters
 * @param subject the identity key of who did it, such as {@code handle:forum/steve}
 * @param metric what is counted, such as {@code comments}
 * @param value how much, from 1; {@code null} for 1
 * @param occurredAt when it happened; {@code null} for now
 * @param timeZone the subject's time zone (IANA name such as {@code Asia/Tokyo}) the event's day is counted in;
 *     {@code null} for the issuer's
 */
public record EventInput(String id, String subject, String metric, Long value, Instant occurredAt,
        String timeZone) {

    /** An event counted on its day in the issuer's time zone. */
    public EventInput(String id, String subject, String metric, Long value, Instant occurredAt) {
        this(id, subject, metric, value, occurredAt, null);
    }
}
