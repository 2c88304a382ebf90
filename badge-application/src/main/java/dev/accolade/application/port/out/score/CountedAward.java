package dev.accolade.application.port.out.score;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateId;
import java.util.List;

/**
 * What one live award counts for: its points in each period's bucket, and its recipient among the template's
 * holders. Kept until the award is revoked, so that revoking takes back exactly what it added.
 *
 * @param award the award
 * @param issuer its issuer
 * @param template its template
 * @param subject its recipient identity
 * @param points the points it added, from its template's live version when it was made
 * @param periods the bucket keys it added them to (all time, its day, week and month)
 */
public record CountedAward(AwardId award, IssuerId issuer, TemplateId template, Identity subject, long points,
        List<String> periods) {

    /** Checks every part. */
    public CountedAward {
        requireNonNull(award, "award");
        requireNonNull(issuer, "issuer");
        requireNonNull(template, "template");
        requireNonNull(subject, "subject");
        periods = List.copyOf(periods);
        if (points < 0) {
            throw new IllegalArgumentException("points are never negative");
        }
    }
}
