package dev.accolade.application.port.out.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.template.TemplateId;

/**
 * How often one recipient identity received one template, and when last.
 *
 * @param recipient the identity awarded
 * @param template the template
 * @param statistics the count and latest time of its live awards
 */
public record RecipientStatistics(Identity recipient, TemplateId template, AwardStatistics statistics) {

    /** Checks every part is present. */
    public RecipientStatistics {
        requireNonNull(recipient, "recipient");
        requireNonNull(template, "template");
        requireNonNull(statistics, "statistics");
    }
}
