package dev.accolade.application.port.out.rule;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One subject's sum on one metric on one day: the key of a day's counter, in the set-based counter operations.
 *
 * @param counter the subject and metric
 * @param day the day, in the time zone the event was counted in
 */
public record SubjectDay(SubjectMetric counter, LocalDate day) {

    /** Checks both parts are given. */
    public SubjectDay {
        requireNonNull(counter, "counter");
        requireNonNull(day, "day");
    }
}
