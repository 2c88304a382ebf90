package dev.accolade.bootstrap;

import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.issuer.Issuer;

/**
 * An issuer as the admin commands print it.
 *
 * @param id the issuer's id
 * @param slug its unique URL-safe name
 * @param name its display name
 * @param url its web site, or {@code null}
 * @param email where to write to it, or {@code null}
 * @param timeZone the zone its days are counted in
 * @param credentialBase the base URL its credentials' ids derive from, or {@code null}
 */
public record IssuerOutput(long id, String slug, String name, String url, String email, String timeZone,
        String credentialBase) {

    /** The printed form of an issuer. */
    public static IssuerOutput from(Issuer issuer) {
        return new IssuerOutput(issuer.id().value(), issuer.slug().value(), issuer.name(),
                issuer.profile().url().map(WebUrl::value).orElse(null),
                issuer.profile().email().map(EmailAddress::value).orElse(null), issuer.profile().timeZone().getId(),
                issuer.credentialBase().map(WebUrl::value).orElse(null));
    }
}
