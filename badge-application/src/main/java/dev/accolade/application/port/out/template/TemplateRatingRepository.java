package dev.accolade.application.port.out.template;

import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateRating;
import java.util.Collection;
import java.util.Map;

/** Stores members' ratings of templates, one per member and template. */
public interface TemplateRatingRepository {

    /** Adds a rating, or replaces the member's earlier one for that template. */
    void save(TemplateRating rating);

    /** The averages for each of these templates; unrated ones are absent. */
    Map<TemplateId, RatingSummary> summarize(Collection<TemplateId> templates);

    /** Removes every rating of a template. */
    void deleteByTemplate(TemplateId template);
}
