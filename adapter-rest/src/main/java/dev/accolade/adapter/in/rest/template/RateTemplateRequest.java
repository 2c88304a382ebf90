package dev.accolade.adapter.in.rest.template;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rating.RateTemplateCommand;
import dev.accolade.domain.template.TemplateId;

/**
 * The body of {@code PUT /v1/templates/{id}/ratings/me}.
 *
 * @param difficulty 0.0 to 5.0
 * @param credibility 0.0 to 5.0
 */
public record RateTemplateRequest(Double difficulty, Double credibility) {

    /** The command for this actor and template; a 400 when a score is absent. */
    public RateTemplateCommand toCommand(Actor actor, TemplateId template) {
        if (difficulty == null) {
            throw RequestRejected.missingParameter("difficulty");
        }
        if (credibility == null) {
            throw RequestRejected.missingParameter("credibility");
        }
        return new RateTemplateCommand(actor, template, difficulty, credibility);
    }
}
