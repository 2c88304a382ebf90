package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;

/**
 * Who sees a hidden template whole: those who act for its issuer (its key, its owner, the operator) and
 * the members who hold a live award of it. Everyone else sees it as hidden.
 */
public final class HiddenTemplates {

    private final Access access;
    private final AwardRepository awards;

    public HiddenTemplates(Access access, AwardRepository awards) {
        this.access = requireNonNull(access, "access");
        this.awards = requireNonNull(awards, "awards");
    }

    /** Whether the viewer sees this template's content (as the viewer was given it) whole. */
    public boolean shownWholeTo(Actor viewer, Template template) {
        if (!template.details().hidden()) {
            return true;
        }
        boolean actsForIssuer = access.mayActFor(viewer, template.issuer());
        return template.details().shownWholeTo(actsForIssuer, !actsForIssuer && holds(viewer, template));
    }

    private boolean holds(Actor viewer, Template template) {
        return Access.memberOf(viewer).map(member -> !awards.find(AwardQuery.all().withHolder(member)
                .withTemplate(template.id()), PageRequest.first(1)).items().isEmpty()).orElse(false);
    }

    /**
     * Whether the live content of a template is concealed in a subject's progress read by this viewer: it is
     * when hidden, unless the viewer acts for the issuer or the subject holds it.
     */
    public boolean concealedInProgress(Actor viewer, Template template, boolean subjectHoldsIt) {
        TemplateDetails live = template.awardable().details();
        return live.hidden() && !live.shownWholeTo(access.mayActFor(viewer, template.issuer()), subjectHoldsIt);
    }
}
