package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * How often something was awarded and when last, over awards that were not revoked.
 *
 * @param count how many awards
 * @param latest when the newest was made, empty when there are none
 */
public record AwardStatistics(long count, Optional<Instant> latest) {

    /** Nothing awarded yet. */
    public static final AwardStatistics NONE = new AwardStatistics(0, Optional.empty());

    /** Checks the count agrees with the latest time. */
    public AwardStatistics {
        requireNonNull(latest, "latest");
        if (count < 0 || (count == 0) != latest.isEmpty()) {
            throw new IllegalArgumentException("a count of zero goes with no latest time, and only then");
        }
    }

    /** These statistics with one more award made at the given time. */
    public AwardStatistics including(Instant awardedAt) {
        Instant newest = latest.filter(l -> l.isAfter(awardedAt)).orElse(awardedAt);
        return new AwardStatistics(count + 1, Optional.of(newest));
    }
}
