package dev.accolade.application.port.out.rule;

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
 * The running sums of each subject's events per issuer and metric, all-time and per day (each event on its day in
 * its own time zone, else the issuer's), kept as events are recorded. The application adds day sums only for the
 * metrics a live window or streak rule reads, and sets a subject's day sums afresh from its events when such a
 * rule goes live ({@link #replaceDays}).
 */
public interface MetricCounterRepository {

    /**
     * Adds a positive value to a subject's sum and gives the new sum; concurrent units of work each add
     * theirs, none lost.
     */
    long add(IssuerId issuer, Identity subject, Metric metric, long value);

    /** A subject's sum, zero when nothing was counted: one read by key. */
    long total(IssuerId issuer, Identity subject, Metric metric);

    /** Adds a positive value to a subject's sum on a day; concurrent units of work each add theirs, none lost. */
    void addOnDay(IssuerId issuer, Identity subject, Metric metric, LocalDate day, long value);

    /**
     * Sets a subject's day sums on a metric to exactly these (each positive), removing its days not named; none
     * named removes them all.
     */
    void replaceDays(IssuerId issuer, Identity subject, Metric metric, Map<LocalDate, Long> days);

    /** A subject's sums on the days of a range that have any, by day: one read by key range. */
    Map<LocalDate, Long> days(IssuerId issuer, Identity subject, Metric metric, DayRange range);

    /** The sums of these keys of an issuer that have any (absent ones are zero): one read by key, in one query. */
    Map<SubjectMetric, Long> totals(IssuerId issuer, Collection<SubjectMetric> keys);

    /**
     * Adds each positive value to its key's sum, as written batches; concurrent units of work each add theirs,
     * none lost. Gives the keys that had no sum before, whose sums this created.
     */
    Set<SubjectMetric> addAll(IssuerId issuer, Map<SubjectMetric, Long> values);

    /** Adds each positive value to its key's sum on its day, as written batches; none lost. */
    void addAllOnDays(IssuerId issuer, Map<SubjectDay, Long> values);

    /**
     * The sums of each key on the days of its range that have any, by key and day (keys without any left out):
     * one read by key range, in one query.
     */
    Map<SubjectMetric, Map<LocalDate, Long>> days(IssuerId issuer, Map<SubjectMetric, DayRange> ranges);

    /**
     * The subjects with a sum on the metric, in order of identity key, after the given key (from the first when
     * empty), at most {@code limit}: a walk through an index, a page at a time.
     */
    List<Identity> subjects(IssuerId issuer, Metric metric, Optional<String> after, int limit);
}
