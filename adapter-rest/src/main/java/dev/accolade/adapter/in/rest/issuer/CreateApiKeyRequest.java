package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.application.issuer.CreateApiKeyCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;

/**
 * The body of {@code POST /v1/issuers/{id}/api_keys}, which may be empty.
 *
 * @param label an optional note to tell keys apart
 */
public record CreateApiKeyRequest(String label) {

    /** The command for this actor and issuer. */
    public CreateApiKeyCommand toCommand(Actor actor, IssuerId issuer) {
        return new CreateApiKeyCommand(actor, issuer, label);
    }
}
