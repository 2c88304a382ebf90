package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.domain.issuer.Issuer;

/**
 * An issuer as the native API shows it.
 *
 * @param id the issuer's id
 * @param slug the unique URL-safe name
 * @param name the display name
 * @param createdAt when it was created, ISO-8601 in UTC
 */
public record IssuerResponse(long id, String slug, String name, String createdAt) {

    /** The response for an issuer. */
    public static IssuerResponse from(Issuer issuer) {
        return new IssuerResponse(issuer.id().value(), issuer.slug().value(), issuer.name(),
                issuer.createdAt().toString());
    }
}
