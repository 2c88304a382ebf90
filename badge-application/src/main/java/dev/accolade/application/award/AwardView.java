package dev.accolade.application.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.template.Template;

/**
 * An award with its template, as achievement lists show it, and whether the caller may see the email
 * address it was awarded to. That is decided here once for every API: the holder and whoever acts for
 * the award's issuer see it, and so does a caller who named that very address to list its awards;
 * nobody else does.
 *
 * @param award the award
 * @param template its template
 * @param recipientEmailVisible whether the recipient's email address, if it was awarded to one, may be shown
 * @param templateConcealed whether the caller sees the template as hidden (no title, text or picture): it is
 *     hidden and the caller neither acts for its issuer nor holds it
 */
public record AwardView(Award award, Template template, boolean recipientEmailVisible, boolean templateConcealed) {

    /** Checks both parts are present and belong together. */
    public AwardView {
        requireNonNull(award, "award");
        requireNonNull(template, "template");
        if (!award.template().equals(template.id())) {
            throw new IllegalArgumentException("an award view pairs an award with its own template");
        }
    }

    /** An award view whose template the caller sees whole. */
    public AwardView(Award award, Template template, boolean recipientEmailVisible) {
        this(award, template, recipientEmailVisible, false);
    }
}
