package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.template.TemplateView;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.util.List;
import java.util.Map;

/** Adds award figures and rating averages to templates, with one store read per kind for a whole page. */
final class TemplateViews {

    private final StorePorts store;

    TemplateViews(StorePorts store) {
        this.store = requireNonNull(store, "store");
    }

    /** The templates with their figures, in the same order. */
    List<TemplateView> of(List<Template> templates) {
        List<TemplateId> ids = templates.stream().map(Template::id).toList();
        Map<TemplateId, AwardStatistics> awards = store.awards().statistics(ids);
        Map<TemplateId, RatingSummary> ratings = store.ratings().summarize(ids);
        return templates.stream().map(t -> new TemplateView(t, awards.getOrDefault(t.id(), AwardStatistics.NONE),
                ratings.getOrDefault(t.id(), RatingSummary.NONE))).toList();
    }

    /** One template with its figures. */
    TemplateView of(Template template) {
        return of(List.of(template)).get(0);
    }
}
