package dev.accolade.domain.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;

/**
 * Something a subject did that an issuer counts: {@code value} more of a metric, as of a time. Its id is
 * the issuer's, counted once ever.
 *
 * @param issuer the issuer that counts it
 * @param id the issuer's id of the event, at most 100 characters
 * @param subject who did it
 * @param metric what was counted
 * @param value how much, from 1 to {@link #MAX_VALUE}
 * @param occurredAt when it happened; may lie in the past
 * @param recordedAt when it was recorded
 */
public record MetricEvent(IssuerId issuer, String id, Identity subject, Metric metric, long value,
        Instant occurredAt, Instant recordedAt) {

    /** The longest event id accepted. */
    public static final int MAX_ID_LENGTH = 100;
    /** The largest value one event may add. */
    public static final long MAX_VALUE = 1_000_000_000L;

    /** Checks every part; a value out of range is {@code value_invalid}. */
    public MetricEvent {
        requireNonNull(issuer, "issuer");
        id = checkedId(id);
        requireNonNull(subject, "subject");
        requireNonNull(metric, "metric");
        checkedValue(value);
        occurredAt = Check.instant(occurredAt, "occurred_at");
        recordedAt = Check.instant(recordedAt, "recorded_at");
    }

    /** An event id as given, or {@code event_id_required} or {@code event_id_too_long}. */
    public static String checkedId(String id) {
        return Check.line(id, "event_id", MAX_ID_LENGTH);
    }

    /** A value from 1 to {@link #MAX_VALUE}, or {@code value_invalid}. */
    public static long checkedValue(long value) {
        if (value < 1 || value > MAX_VALUE) {
            throw Check.invalid("value", "must be a whole number from 1 to " + MAX_VALUE);
        }
        return value;
    }
}
