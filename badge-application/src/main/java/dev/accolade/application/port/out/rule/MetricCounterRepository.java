package dev.accolade.application.port.out.rule;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;

/** The running sum of each subject's events per issuer and metric, kept as events are recorded. */
public interface MetricCounterRepository {

    /**
     * Adds a positive value to a subject's sum and gives the new sum; concurrent units of work each add
     * theirs, none lost.
     */
    long add(IssuerId issuer, Identity subject, Metric metric, long value);

    /** A subject's sum, zero when nothing was counted: one read by key. */
    long total(IssuerId issuer, Identity subject, Metric metric);
}
