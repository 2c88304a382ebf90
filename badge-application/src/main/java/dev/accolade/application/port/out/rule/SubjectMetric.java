package dev.accolade.application.port.out.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.rule.Metric;

/**
 * One subject's sum on one metric of an issuer: the key of a counter, in the set-based counter operations.
 *
 * @param subject who the sum is of
 * @param metric what it counts
 */
public record SubjectMetric(Identity subject, Metric metric) {

    /** Checks both parts are given. */
    public SubjectMetric {
        requireNonNull(subject, "subject");
        requireNonNull(metric, "metric");
    }
}
