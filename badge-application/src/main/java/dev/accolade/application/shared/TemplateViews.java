package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Rarity;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.util.List;
import java.util.Map;

/**
 * Adds award figures, rating averages and rarity to templates, with one store read per kind for a whole page, and
 * says which of them the viewer sees as hidden.
 */
public final class TemplateViews {

    private final TemplateRatingRepository ratings;
    private final AwardRepository awards;
    private final ScoreRepository scores;
    private final HiddenTemplates hidden;

    public TemplateViews(TemplateRatingRepository ratings, AwardRepository awards, ScoreRepository scores,
            Access access) {
        this.ratings = requireNonNull(ratings, "ratings");
        this.awards = requireNonNull(awards, "awards");
        this.scores = requireNonNull(scores, "scores");
        this.hidden = new HiddenTemplates(access, awards);
    }

    /** The templates with their figures as this viewer sees them, in the same order: hidden ones perhaps concealed. */
    public List<TemplateView> of(Actor viewer, List<Template> templates) {
        return of(templates).stream().map(view -> hidden.shownWholeTo(viewer, view.template()) ? view
                : new TemplateView(view.template(), view.awards(), view.ratings(), true, view.rarity())).toList();
    }

    /** Whether this viewer sees the template (as the viewer was given it) as hidden: no title, text or picture. */
    public boolean concealedFrom(Actor viewer, Template template) {
        return !hidden.shownWholeTo(viewer, template);
    }

    /** One template with its figures as this viewer sees it. */
    public TemplateView of(Actor viewer, Template template) {
        return of(viewer, List.of(template)).get(0);
    }

    /** The templates with their figures, in the same order. */
    public List<TemplateView> of(List<Template> templates) {
        List<TemplateId> ids = templates.stream().map(Template::id).toList();
        Map<TemplateId, AwardStatistics> counted = awards.statistics(ids);
        Map<TemplateId, RatingSummary> rated = ratings.summarize(ids);
        Map<TemplateId, Long> held = scores.holderCounts(ids);
        Map<IssuerId, Long> subjects = scores.subjectCounts(templates.stream().map(Template::issuer).distinct()
                .toList());
        return templates.stream().map(t -> new TemplateView(t, counted.getOrDefault(t.id(), AwardStatistics.NONE),
                rated.getOrDefault(t.id(), RatingSummary.NONE), false,
                new Rarity(held.getOrDefault(t.id(), 0L), subjects.getOrDefault(t.issuer(), 0L)))).toList();
    }

    /** One template with its figures. */
    public TemplateView of(Template template) {
        return of(List.of(template)).get(0);
    }
}
