package dev.accolade.application.paging;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * The span of time a list keeps to, half-open: from {@code since} (inclusive) up to {@code before}
 * (exclusive), either end open. Instants are kept to the microsecond, as every store keeps time; a
 * window whose start is not before its end holds nothing.
 *
 * @param since the earliest instant inside, if bounded
 * @param before the first instant after the window, if bounded
 */
public record TimeWindow(Optional<Instant> since, Optional<Instant> before) {

    /** All of time. */
    public static final TimeWindow ALWAYS = new TimeWindow(Optional.empty(), Optional.empty());

    /** Checks both ends ({@code since_invalid}, {@code before_invalid}) and cuts them to the microsecond. */
    public TimeWindow {
        since = requireNonNull(since, "since").map(at -> Check.instant(at, "since"));
        before = requireNonNull(before, "before").map(at -> Check.instant(at, "before"));
    }

    /** The window between two instants, each {@code null} for an open end. */
    public static TimeWindow between(Instant since, Instant before) {
        return new TimeWindow(Optional.ofNullable(since), Optional.ofNullable(before));
    }

    /** Whether an instant lies inside. */
    public boolean contains(Instant at) {
        return since.map(start -> !at.isBefore(start)).orElse(true)
                && before.map(end -> at.isBefore(end)).orElse(true);
    }
}
