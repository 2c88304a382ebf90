package dev.accolade.adapter.in.rest.compat.userbadges;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes times as UserBadges does: ISO-8601 in UTC with exactly three digits of milliseconds. */
final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** The instant as {@code 2013-02-24T19:16:15.142Z}. */
    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
