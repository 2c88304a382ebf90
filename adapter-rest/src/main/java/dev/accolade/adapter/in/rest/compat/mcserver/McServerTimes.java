package dev.accolade.adapter.in.rest.compat.mcserver;

import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The dialect's times: written in the server's time zone as {@code 2013-11-11 20:47:02 CDT-0500};
 * read from {@code since} and {@code before} as {@code YYYY-MM-DD HH:MM:SS} in UTC.
 */
final class McServerTimes {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss zzzxx",
            Locale.US);
    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);

    private McServerTimes() {
    }

    /** An instant as the dialect writes it, in the server's time zone. */
    static String format(Instant instant, ZoneId zone) {
        return WRITTEN.format(instant.atZone(zone));
    }

    /** The instant a query parameter names in UTC, or {@code <name>_invalid}. */
    static Instant parse(String text, String name) {
        try {
            return LocalDateTime.parse(text, READ).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalid(name + "_invalid",
                    "The parameter " + name + " must be of the form YYYY-MM-DD HH:MM:SS, in UTC.");
        }
    }
}
