package dev.accolade.adapter.in.rest.template;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.catalog.UpsertTemplatesCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import java.util.List;

/**
 * The body of {@code POST /v1/issuers/{issuer_id}/templates/upserts}.
 *
 * @param templates 1 to 100 templates named by title
 */
public record UpsertTemplatesRequest(List<NamedTemplateRequest> templates) {

    /** The command for this actor and issuer; a 400 when the list is absent. */
    public UpsertTemplatesCommand toCommand(Actor actor, IssuerId issuer) {
        if (templates == null) {
            throw RequestRejected.missingParameter("templates");
        }
        return new UpsertTemplatesCommand(actor, issuer,
                templates.stream().map(template -> template == null ? null : template.toInput()).toList());
    }
}
