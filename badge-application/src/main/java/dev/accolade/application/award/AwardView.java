package dev.accolade.application.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.template.Template;

/**
 * An award with its template, as achievement lists show it.
 *
 * @param award the award
 * @param template its template
 */
public record AwardView(Award award, Template template) {

    /** Checks both parts are present and belong together. */
    public AwardView {
        requireNonNull(award, "award");
        requireNonNull(template, "template");
        if (!award.template().equals(template.id())) {
            throw new IllegalArgumentException("an award view pairs an award with its own template");
        }
    }
}
