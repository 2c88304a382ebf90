package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.PublishedRevision;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;

/**
 * What an award or offer is of: a template's live version, its issuer, and whether one recipient
 * may hold it more than once.
 *
 * @param template the template
 * @param templateVersion the live version at the time
 * @param issuer the template's issuer
 * @param repeatable whether one recipient may receive it more than once
 */
public record AwardTerms(TemplateId template, int templateVersion, IssuerId issuer, boolean repeatable) {

    /** Checks every part. */
    public AwardTerms {
        requireNonNull(template, "template");
        requireNonNull(issuer, "issuer");
        if (templateVersion < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }

    /** The terms of a template's live version; refused when the template was never published. */
    public static AwardTerms of(Template template) {
        PublishedRevision live = template.awardable();
        return new AwardTerms(template.id(), live.version(), template.issuer(), live.details().repeatable());
    }

    /** The key that must be unique among a non-repeatable template's live awards or pending offers. */
    public String exclusivityKey(Identity recipient) {
        return template.value() + "/" + recipient.key();
    }
}
