package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.domain.issuer.Issuer;

/**
 * An organization as Acclaim shows it: one of our issuers.
 *
 * @param id the issuer's id in UUID form
 * @param name the display name
 * @param vanitySlug the issuer's unique slug
 * @param photoUrl no picture is kept: always null
 * @param createdAt when it was created
 */
public record OrganizationJson(String id, String name, String vanitySlug, String photoUrl, String createdAt) {

    /** The issuer as an organization. */
    public static OrganizationJson from(Issuer issuer) {
        return new OrganizationJson(AcclaimIds.format(Kind.ORGANIZATION, issuer.id().value()), issuer.name(),
                issuer.slug().value(), null, issuer.createdAt().toString());
    }
}
