package dev.accolade.application.showcase;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.issuer.Issuer;
import java.util.List;

/**
 * An issuer as its page shows it.
 *
 * @param issuer the issuer, with its public profile
 * @param templates its latest published templates with their figures, hidden ones concealed from the viewer
 * @param recentAwards its latest awards to recipients with a public profile
 */
public record PublicIssuer(Issuer issuer, List<TemplateView> templates, List<PublicAward> recentAwards) {

    /** Checks every part. */
    public PublicIssuer {
        requireNonNull(issuer, "issuer");
        templates = List.copyOf(templates);
        recentAwards = List.copyOf(recentAwards);
    }
}
