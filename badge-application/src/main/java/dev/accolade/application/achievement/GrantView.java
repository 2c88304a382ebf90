package dev.accolade.application.achievement;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.Granted;
import dev.accolade.domain.template.Template;

/**
 * An award or an offer with its template as the caller may see it, and whether the caller may see the email
 * address it was made to: decided in the application by the rule {@code AwardView} follows (its holder and whoever
 * acts for its issuer may), so that no dialect decides it.
 *
 * @param grant the award or offer
 * @param template its template
 * @param recipientEmailVisible whether the recipient's email address, if it was made to one, may be shown
 * @param templateConcealed whether the caller sees the template as hidden (no title, text or picture): it is
 *     hidden and the caller neither acts for its issuer nor holds it
 */
public record GrantView(Granted grant, Template template, boolean recipientEmailVisible, boolean templateConcealed) {

    /** Checks both parts are present and belong together. */
    public GrantView {
        requireNonNull(grant, "grant");
        requireNonNull(template, "template");
        if (!grant.template().equals(template.id())) {
            throw new IllegalArgumentException("a grant view pairs an award or offer with its own template");
        }
    }
}
