package dev.accolade.application.port.out.score;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one live award counts for: its points in each period's bucket, and its recipient among the template's
 * holders. Kept until the award is revoked, expires or goes with its template, so that each takes back exactly
 * what it added.
 *
 * @param award the award
 * @param issuer its issuer
 * @param template its template
 * @param subject its recipient identity
 * @param points the points it added, from its template's live version when it was made
 * @param periods the bucket keys it added them to (all time, its day, week and month)
 * @param expiresAt when the award expires, if it does: from then on it counts nothing
 */
public record CountedAward(AwardId award, IssuerId issuer, TemplateId template, Identity subject, long points,
        List<String> periods, Optional<Instant> expiresAt) {

    /** Checks every part. */
    public CountedAward {
        requireNonNull(award, "award");
        requireNonNull(issuer, "issuer");
        requireNonNull(template, "template");
        requireNonNull(subject, "subject");
        periods = List.copyOf(periods);
        requireNonNull(expiresAt, "expiresAt");
        if (points < 0) {
            throw new IllegalArgumentException("points are never negative");
        }
    }

    /** What an award that never expires counts for. */
    public CountedAward(AwardId award, IssuerId issuer, TemplateId template, Identity subject, long points,
            List<String> periods) {
        this(award, issuer, template, subject, points, periods, Optional.empty());
    }
}
