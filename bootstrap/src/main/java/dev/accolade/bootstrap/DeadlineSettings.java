package dev.accolade.bootstrap;

import dev.accolade.adapter.in.rest.Deadlines;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's {@link Deadlines} from {@code ACCOLADE_*} variables or the configuration file, each a
 * duration such as {@code 500ms}, {@code 10s} or {@code 2m} (a bare number counts seconds).
 */
final class DeadlineSettings {

    /** How long a stopping server reports draining on {@code /health} before it closes its socket. */
    static final Duration DEFAULT_DRAIN_DELAY = Duration.ofSeconds(5);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

    private DeadlineSettings() {
    }

    /** The deadlines the sources set, the defaults elsewhere. */
    static Deadlines resolve(Configuration.Sources sources) {
        Deadlines defaults = Deadlines.DEFAULT;
        return new Deadlines(
                duration(sources, "ACCOLADE_HEADER_TIMEOUT", "http.header.timeout", defaults.headers(), false),
                duration(sources, "ACCOLADE_BODY_TIMEOUT", "http.body.timeout", defaults.body(), false),
                duration(sources, "ACCOLADE_IDLE_TIMEOUT", "http.idle.timeout", defaults.idle(), false),
                duration(sources, "ACCOLADE_DRAIN_DELAY", "drain.delay", DEFAULT_DRAIN_DELAY, true),
                duration(sources, "ACCOLADE_DRAIN_TIMEOUT", "drain.timeout", defaults.drainTimeout(), false));
    }

    private static Duration duration(Configuration.Sources sources, String variable, String key, Duration fallback,
            boolean zeroAllowed) {
        return sources.pick(null, variable, key).map(value -> parse(value, variable, key, zeroAllowed))
                .orElse(fallback);
    }

    private static Duration parse(String value, String variable, String key, boolean zeroAllowed) {
        Matcher matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            Duration duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (zeroAllowed || !duration.isZero()) {
                return duration;
            }
        }
        throw new ConfigurationException("The setting " + variable + " (file key " + key + ") is a duration such as"
                + " 500ms, 10s or 2m" + (zeroAllowed ? "" : ", more than zero") + ", not '" + value.trim() + "'.");
    }
}
