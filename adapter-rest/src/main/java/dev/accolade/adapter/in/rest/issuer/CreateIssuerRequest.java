package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.port.in.Actor;

/**
 * The body of {@code POST /v1/issuers}.
 *
 * @param slug the unique URL-safe name
 * @param name the display name
 */
public record CreateIssuerRequest(String slug, String name) {

    /** The command for this actor; a 400 when a parameter is missing. */
    public CreateIssuerCommand toCommand(Actor actor) {
        return new CreateIssuerCommand(actor, Requests.required(slug, "slug"), Requests.required(name, "name"));
    }
}
