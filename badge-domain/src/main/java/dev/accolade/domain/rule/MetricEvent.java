package dev.accolade.domain.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

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
 * @param timeZone the subject's time zone its day is counted in, when the event names one; else the issuer's
 */
public record MetricEvent(IssuerId issuer, String id, Identity subject, Metric metric, long value,
        Instant occurredAt, Instant recordedAt, Optional<ZoneId> timeZone) {

    /** The longest event id accepted. */
    public static final int MAX_ID_LENGTH = 100;
    /** The largest value one event may add. */
    public static final long MAX_VALUE = 1_000_000_000L;
    /** The longest time zone name accepted. */
    public static final int MAX_ZONE_LENGTH = 64;

    /** Checks every part; a value out of range is {@code value_invalid}. */
    public MetricEvent {
        requireNonNull(issuer, "issuer");
        id = checkedId(id);
        requireNonNull(subject, "subject");
        requireNonNull(metric, "metric");
        checkedValue(value);
        occurredAt = Check.instant(occurredAt, "occurred_at");
        recordedAt = Check.instant(recordedAt, "recorded_at");
        requireNonNull(timeZone, "timeZone");
    }

    /** An event that names no time zone of its own: its day is counted in the issuer's. */
    public MetricEvent(IssuerId issuer, String id, Identity subject, Metric metric, long value, Instant occurredAt,
            Instant recordedAt) {
        this(issuer, id, subject, metric, value, occurredAt, recordedAt, Optional.empty());
    }

    /** The day the event counts on: in its own time zone when it names one, else in the issuer's. */
    public LocalDate dayIn(ZoneId issuerZone) {
        return occurredAt.atZone(timeZone.orElse(issuerZone)).toLocalDate();
    }

    /** An event id as given, or {@code event_id_required} or {@code event_id_too_long}. */
    public static String checkedId(String id) {
        return Check.line(id, "event_id", MAX_ID_LENGTH);
    }

    /**
     * The time zone an event names, by IANA name such as {@code Asia/Tokyo}; anything else (blank, unknown, longer
     * than {@link #MAX_ZONE_LENGTH}) is {@code event_time_zone_invalid}.
     */
    public static ZoneId checkedTimeZone(String name) {
        if (name != null && !name.isBlank() && name.length() <= MAX_ZONE_LENGTH) {
            try {
                return ZoneId.of(name);
            } catch (DateTimeException unknown) {
                // refused below, as every other bad name
            }
        }
        throw Check.invalid("event_time_zone", "must be a time zone name such as Europe/Berlin or UTC");
    }

    /** A value from 1 to {@link #MAX_VALUE}, or {@code value_invalid}. */
    public static long checkedValue(long value) {
        if (value < 1 || value > MAX_VALUE) {
            throw Check.invalid("value", "must be a whole number from 1 to " + MAX_VALUE);
        }
        return value;
    }
}
