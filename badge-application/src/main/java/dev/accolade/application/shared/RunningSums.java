package dev.accolade.application.shared;

import dev.accolade.application.port.out.rule.SubjectDay;
import dev.accolade.application.port.out.rule.SubjectMetric;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.DayTally;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sums a batch of new events works with: what it adds, per subject and metric and per day (the writes), and,
 * from the sums stored before the batch, the running sums as its events are counted one after the other in order
 * (what the rules are decided from).
 */
final class RunningSums {

    private final Map<SubjectMetric, Long> increments = new LinkedHashMap<>();
    private final Map<SubjectDay, Long> dayIncrements = new LinkedHashMap<>();
    private final Map<SubjectMetric, Long> totals = new HashMap<>();
    private final Map<SubjectMetric, DayTally> days = new HashMap<>();

    private RunningSums() {
    }

    /** What these new events add, each on its day in its own time zone or else {@code issuerZone}. */
    static RunningSums of(List<MetricEvent> events, ZoneId issuerZone) {
        RunningSums sums = new RunningSums();
        for (MetricEvent event : events) {
            SubjectMetric key = new SubjectMetric(event.subject(), event.metric());
            sums.increments.merge(key, event.value(), Long::sum);
            sums.dayIncrements.merge(new SubjectDay(key, event.dayIn(issuerZone)), event.value(), Long::sum);
        }
        return sums;
    }

    /** The smallest range holding both. */
    static DayRange union(DayRange one, DayRange other) {
        return new DayRange(one.from().isBefore(other.from()) ? one.from() : other.from(),
                one.to().isAfter(other.to()) ? one.to() : other.to());
    }

    /** The subjects and metrics the events count on. */
    Set<SubjectMetric> keys() {
        return increments.keySet();
    }

    /** What the events add to each subject's sum on a metric. */
    Map<SubjectMetric, Long> increments() {
        return increments;
    }

    /** What the events add to each subject's sum on a metric on a day, for the metrics kept by day. */
    Map<SubjectDay, Long> dayIncrements(Predicate<Metric> keptByDay) {
        Map<Metric, Boolean> kept = new HashMap<>();
        Map<SubjectDay, Long> chosen = new LinkedHashMap<>();
        dayIncrements.forEach((key, value) -> {
            if (kept.computeIfAbsent(key.counter().metric(), keptByDay::test)) {
                chosen.put(key, value);
            }
        });
        return chosen;
    }

    /** Starts counting from the sums stored before the batch: all-time, and on the days read. */
    void start(Map<SubjectMetric, Long> stored, Map<SubjectMetric, Map<LocalDate, Long>> storedDays) {
        totals.putAll(stored);
        storedDays.forEach((key, sums) -> days.put(key, DayTally.of(sums)));
    }

    /** Counts one event: the subject's new all-time sum on the metric. */
    long add(SubjectMetric key, LocalDate day, long value) {
        days.computeIfAbsent(key, none -> DayTally.empty()).add(day, value);
        return totals.merge(key, value, Long::sum);
    }

    /** The subject's day sums on the metric so far: those read before the batch and the batch's counted events. */
    DayTally days(SubjectMetric key) {
        return days.computeIfAbsent(key, none -> DayTally.empty());
    }
}
