package dev.accolade.application.rating;

/** The rating feature: members rate published templates' difficulty and credibility. */
public interface TemplateRatings extends RateTemplateUseCase {
}
