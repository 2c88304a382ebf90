package dev.accolade.adapter.in.rest.template;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.catalog.DeleteTemplatesByNameCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import java.util.List;

/**
 * The body of {@code POST /v1/issuers/{issuer_id}/templates/deletions}.
 *
 * @param names 1 to 100 titles; titles the issuer does not use are skipped
 */
public record DeleteTemplatesRequest(List<String> names) {

    /** The command for this actor and issuer; a 400 when the list is absent. */
    public DeleteTemplatesByNameCommand toCommand(Actor actor, IssuerId issuer) {
        if (names == null) {
            throw RequestRejected.missingParameter("names");
        }
        return new DeleteTemplatesByNameCommand(actor, issuer, names);
    }
}
