package dev.accolade.application.showcase;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.issuer.Issuer;
import java.util.List;

/**
 * A published template as its page shows it.
 *
 * @param template its live version with its figures (awards, ratings), concealed when hidden from the viewer
 * @param issuer its issuer
 * @param recentRecipients its latest awards to recipients with a public profile (members and handles)
 */
public record PublicBadge(TemplateView template, Issuer issuer, List<PublicAward> recentRecipients) {

    /** Checks every part. */
    public PublicBadge {
        requireNonNull(template, "template");
        requireNonNull(issuer, "issuer");
        recentRecipients = List.copyOf(recentRecipients);
    }
}
