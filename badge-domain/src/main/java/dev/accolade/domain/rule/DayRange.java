package dev.accolade.domain.rule;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The days from one to another, both included.
 *
 * @param from the first day
 * @param to the last day, not before the first
 */
public record DayRange(LocalDate from, LocalDate to) {

    /** Checks the range is in order. */
    public DayRange {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a range of days ends no earlier than it starts");
        }
    }
}
