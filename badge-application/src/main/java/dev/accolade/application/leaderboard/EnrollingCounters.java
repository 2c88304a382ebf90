package dev.accolade.application.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.SubjectDay;
import dev.accolade.application.port.out.rule.SubjectMetric;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.Metric;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the counters the store's way and counts among its issuer's subjects the subject of every counter an event
 * creates, in the same unit of work. Every new event adds to a counter, so a subject's first event with an issuer
 * creates one; a subject whose counters all existed before is counted already, and is not looked up again.
 */
final class EnrollingCounters implements MetricCounterRepository {

    private final MetricCounterRepository decorated;
    private final ScoreRepository scores;

    EnrollingCounters(MetricCounterRepository decorated, ScoreRepository scores) {
        this.decorated = requireNonNull(decorated, "decorated");
        this.scores = requireNonNull(scores, "scores");
    }

    @Override
    public long add(IssuerId issuer, Identity subject, Metric metric, long value) {
        long total = decorated.add(issuer, subject, metric, value);
        if (total == value) {
            scores.enrol(issuer, subject);
        }
        return total;
    }

    @Override
    public Set<SubjectMetric> addAll(IssuerId issuer, Map<SubjectMetric, Long> values) {
        Set<SubjectMetric> created = decorated.addAll(issuer, values);
        if (!created.isEmpty()) {
            scores.enrolAll(issuer, created.stream().map(SubjectMetric::subject).distinct().toList());
        }
        return created;
    }

    @Override
    public long total(IssuerId issuer, Identity subject, Metric metric) {
        return decorated.total(issuer, subject, metric);
    }

    @Override
    public void addOnDay(IssuerId issuer, Identity subject, Metric metric, LocalDate day, long value) {
        decorated.addOnDay(issuer, subject, metric, day, value);
    }

    @Override
    public void replaceDays(IssuerId issuer, Identity subject, Metric metric, Map<LocalDate, Long> days) {
        decorated.replaceDays(issuer, subject, metric, days);
    }

    @Override
    public Map<LocalDate, Long> days(IssuerId issuer, Identity subject, Metric metric, DayRange range) {
        return decorated.days(issuer, subject, metric, range);
    }

    @Override
    public Map<SubjectMetric, Long> totals(IssuerId issuer, Collection<SubjectMetric> keys) {
        return decorated.totals(issuer, keys);
    }

    @Override
    public void addAllOnDays(IssuerId issuer, Map<SubjectDay, Long> values) {
        decorated.addAllOnDays(issuer, values);
    }

    @Override
    public Map<SubjectMetric, Map<LocalDate, Long>> days(IssuerId issuer, Map<SubjectMetric, DayRange> ranges) {
        return decorated.days(issuer, ranges);
    }

    @Override
    public List<Identity> subjects(IssuerId issuer, Metric metric, Optional<String> after, int limit) {
        return decorated.subjects(issuer, metric, after, limit);
    }
}
