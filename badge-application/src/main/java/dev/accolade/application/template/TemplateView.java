package dev.accolade.application.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.score.Rarity;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;

/**
 * A template with the figures kept about it: how often and when last it was awarded, its average
 * difficulty and credibility, and how rare it is among its issuer's subjects.
 *
 * @param template the template
 * @param awards count and latest time of its live awards
 * @param ratings its average ratings
 * @param concealed whether the viewer sees it as hidden: only its id, its issuer and that it is hidden
 * @param rarity how many of its issuer's subjects hold it
 */
public record TemplateView(Template template, AwardStatistics awards, RatingSummary ratings, boolean concealed,
        Rarity rarity) {

    /** Checks every part is present. */
    public TemplateView {
        requireNonNull(template, "template");
        requireNonNull(awards, "awards");
        requireNonNull(ratings, "ratings");
        requireNonNull(rarity, "rarity");
    }

    /** A view without rarity figures. */
    public TemplateView(Template template, AwardStatistics awards, RatingSummary ratings, boolean concealed) {
        this(template, awards, ratings, concealed, Rarity.NONE);
    }

    /** A view shown whole. */
    public TemplateView(Template template, AwardStatistics awards, RatingSummary ratings) {
        this(template, awards, ratings, false);
    }
}
