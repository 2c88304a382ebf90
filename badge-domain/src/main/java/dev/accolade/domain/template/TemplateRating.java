package dev.accolade.domain.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.member.MemberId;
import java.time.Instant;

/**
 * One member's scores for one template; rating again replaces them.
 *
 * @param template the rated template
 * @param member who rated it
 * @param difficulty how hard it is to earn
 * @param credibility how much it can be trusted
 * @param ratedAt when the scores were given
 */
public record TemplateRating(TemplateId template, MemberId member, Rating difficulty, Rating credibility,
        Instant ratedAt) {

    /** Checks every part is present. */
    public TemplateRating {
        requireNonNull(template, "template");
        requireNonNull(member, "member");
        requireNonNull(difficulty, "difficulty");
        requireNonNull(credibility, "credibility");
        requireNonNull(ratedAt, "ratedAt");
    }
}
