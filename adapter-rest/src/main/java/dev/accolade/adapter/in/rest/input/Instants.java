package dev.accolade.adapter.in.rest.input;

import dev.accolade.domain.common.Check;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads and writes the native API's times: ISO-8601 with an offset, written in UTC. */
public final class Instants {

    private Instants() {
    }

    /** The instant in a body attribute, {@code null} when absent, else {@code <attribute>_invalid}. */
    public static Instant parse(String text, String attribute) {
        if (text == null) {
            return null;
        }
        return tryParse(text).orElseThrow(() -> Check.invalid(attribute,
                "must be an ISO-8601 date and time with an offset, such as 2030-01-31T12:00:00Z"));
    }

    /** The instant this text names, or empty. */
    static Optional<Instant> tryParse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The text of a possibly absent instant, {@code null} when absent. */
    public static String format(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
