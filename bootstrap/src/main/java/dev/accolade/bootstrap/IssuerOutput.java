package dev.accolade.bootstrap;

import dev.accolade.domain.issuer.Issuer;

/**
 * An issuer as the admin commands print it.
 *
 * @param id the issuer's id
 * @param slug its unique URL-safe name
 * @param name its display name
 */
public record IssuerOutput(long id, String slug, String name) {

    /** The printed form of an issuer. */
    public static IssuerOutput from(Issuer issuer) {
        return new IssuerOutput(issuer.id().value(), issuer.slug().value(), issuer.name());
    }
}
