package dev.accolade.domain.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Replays a subject's stored events on a rule's metric in the order they occurred, to find when it qualified. */
public final class RuleHistory {

    private RuleHistory() {
    }

    /**
     * When the subject first met the rule: the time of the event that made it qualify, replaying the events in
     * the order they occurred, days counted in each event's own time zone or else in {@code zone}; empty when its
     * history does not meet the rule.
     *
     * @param events the subject's events on the rule's metric, in the order they occurred
     */
    public static Optional<Instant> qualifiedAt(MetricRule rule, List<MetricEvent> events, ZoneId zone) {
        long total = 0;
        DayTally days = DayTally.empty();
        for (MetricEvent event : events) {
            LocalDate day = event.dayIn(zone);
            total += event.value();
            days.add(day, event.value());
            if (rule.metBy(total, days, day)) {
                return Optional.of(event.occurredAt());
            }
        }
        return Optional.empty();
    }

    /** The events' sums per day, each event on its day in its own time zone or else in {@code zone}. */
    public static Map<LocalDate, Long> daySums(List<MetricEvent> events, ZoneId zone) {
        Map<LocalDate, Long> sums = new TreeMap<>();
        events.forEach(event -> sums.merge(event.dayIn(zone), event.value(), Long::sum));
        return sums;
    }
}
