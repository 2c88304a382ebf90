package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;

/**
 * Loads templates the way the actor may see them: its own issuers' in full, other issuers'
 * only when published and only their live version. Anything else is {@code template_not_found}.
 */
public final class TemplateLookup {

    private final TemplateRepository templates;
    private final Access access;

    public TemplateLookup(TemplateRepository templates, Access access) {
        this.templates = requireNonNull(templates, "templates");
        this.access = requireNonNull(access, "access");
    }

    /** A template of an issuer the actor acts for, in full. */
    public Template own(Actor actor, TemplateId id) {
        access.requireSignedIn(actor);
        return templates.findById(id).filter(t -> access.mayActFor(actor, t.issuer()))
                .orElseThrow(() -> NotFound.template(id));
    }

    /** A template as the actor may see it: in full if its own, the live version if published elsewhere. */
    public Template visible(Actor actor, TemplateId id) {
        Template template = templates.findById(id).orElseThrow(() -> NotFound.template(id));
        return asSeenBy(actor, template);
    }

    /** The template as the actor may see it, or {@code template_not_found}. */
    public Template asSeenBy(Actor actor, Template template) {
        if (access.mayActFor(actor, template.issuer())) {
            return template;
        }
        return template.publicView().orElseThrow(() -> NotFound.template(template.id()));
    }
}
