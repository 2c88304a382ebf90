package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.issuer.IssuerProfileInput;
import dev.accolade.application.port.in.Actor;

/**
 * The body of {@code POST /v1/issuers}.
 *
 * @param slug the unique URL-safe name
 * @param name the display name
 * @param url the issuer's web site, optional
 * @param email where to write to the issuer, optional
 * @param image the issuer's logo, by URL, optional
 * @param description what the issuer says of itself, optional
 * @param timeZone the IANA name of the zone its days are counted in, optional (UTC)
 */
public record CreateIssuerRequest(String slug, String name, String url, String email, String image,
        String description, String timeZone) {

    /** The command for this actor; a 400 when a parameter is missing. */
    public CreateIssuerCommand toCommand(Actor actor) {
        return new CreateIssuerCommand(actor, Requests.required(slug, "slug"), Requests.required(name, "name"),
                new IssuerProfileInput(url, email, image, description, timeZone));
    }
}
