package dev.accolade.application.rating;

import dev.accolade.domain.template.RatingSummary;

/** Records a member's difficulty and credibility scores for a template. */
public interface RateTemplateUseCase {

    /** The template's new averages. */
    RatingSummary rateTemplate(RateTemplateCommand command);
}
