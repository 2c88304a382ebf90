package dev.accolade.domain.rule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A subject's sums on a metric per day (in the issuer's time zone), for the days a rule looks at: what sliding
 * windows and streaks are decided from. Days without events are absent.
 */
public final class DayTally {

    private final NavigableMap<LocalDate, Long> sums;

    private DayTally(NavigableMap<LocalDate, Long> sums) {
        this.sums = sums;
    }

    /** No day counted yet. */
    public static DayTally empty() {
        return new DayTally(new TreeMap<>());
    }

    /** The sums of these days. */
    public static DayTally of(Map<LocalDate, Long> sums) {
        return new DayTally(new TreeMap<>(sums));
    }

    /** Adds a value to a day's sum. */
    public DayTally add(LocalDate day, long value) {
        sums.merge(day, value, Long::sum);
        return this;
    }

    /** The sum of the days from {@code from} to {@code to}, both included. */
    public long sum(LocalDate from, LocalDate to) {
        return sums.subMap(from, true, to, true).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether some window of {@code days} days holding {@code day} sums to at least {@code atLeast}. */
    public boolean windowReaches(LocalDate day, int days, long atLeast) {
        for (int end = 0; end < days; end++) {
            LocalDate last = day.plusDays(end);
            if (sum(last.minusDays(days - 1L), last) >= atLeast) {
                return true;
            }
        }
        return false;
    }

    /** How many consecutive periods (days or weeks) with an event the run holding {@code day}'s period spans. */
    public int runThrough(LocalDate day, StreakUnit unit) {
        LocalDate period = unit.periodOf(day);
        if (!active(period, unit)) {
            return 0;
        }
        int run = 1;
        for (LocalDate before = unit.previous(period); active(before, unit); before = unit.previous(before)) {
            run++;
        }
        for (LocalDate after = unit.next(period); active(after, unit); after = unit.next(after)) {
            run++;
        }
        return run;
    }

    /**
     * The run still alive on {@code today}: ending in today's period, or in the one before when nothing was
     * counted yet in today's.
     */
    public int runAliveOn(LocalDate today, StreakUnit unit) {
        LocalDate period = unit.periodOf(today);
        LocalDate last = active(period, unit) ? period : unit.previous(period);
        int run = 0;
        for (LocalDate at = last; active(at, unit); at = unit.previous(at)) {
            run++;
        }
        return run;
    }

    private boolean active(LocalDate period, StreakUnit unit) {
        return unit == StreakUnit.DAYS ? sums.containsKey(period)
                : !sums.subMap(period, true, period.plusDays(6), true).isEmpty();
    }

    /** The periods a streak counts: days, or weeks from Monday to Sunday. */
    public enum StreakUnit {
        /** Calendar days. */
        DAYS,
        /** Weeks starting on Monday. */
        WEEKS;

        /** The first day of the period holding {@code day}. */
        public LocalDate periodOf(LocalDate day) {
            return this == DAYS ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        /** The first day of the period before. */
        LocalDate previous(LocalDate period) {
            return period.minus(1, this == DAYS ? ChronoUnit.DAYS : ChronoUnit.WEEKS);
        }

        /** The first day of the period after. */
        LocalDate next(LocalDate period) {
            return period.plus(1, this == DAYS ? ChronoUnit.DAYS : ChronoUnit.WEEKS);
        }

        /** How many days a period lasts. */
        public int days() {
            return this == DAYS ? 1 : 7;
        }
    }
}
