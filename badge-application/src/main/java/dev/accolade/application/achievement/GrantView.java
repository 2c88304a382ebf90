package dev.accolade.application.achievement;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.Granted;
import dev.accolade.domain.template.Template;

/**
 * An award or an offer with its template as the caller may see it.
 *
 * @param grant the award or offer
 * @param template its template
 * @param templateConcealed whether the caller sees the template as hidden (no title, text or picture): it is
 *     hidden and the caller neither acts for its issuer nor holds it
 */
public record GrantView(Granted grant, Template template, boolean templateConcealed) {

    /** Checks both parts are present and belong together. */
    public GrantView {
        requireNonNull(grant, "grant");
        requireNonNull(template, "template");
        if (!grant.template().equals(template.id())) {
            throw new IllegalArgumentException("a grant view pairs an award or offer with its own template");
        }
    }

    /** A grant view whose template the caller sees whole. */
    public GrantView(Granted grant, Template template) {
        this(grant, template, false);
    }
}
