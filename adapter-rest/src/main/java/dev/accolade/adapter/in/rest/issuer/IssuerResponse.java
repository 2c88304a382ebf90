package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.adapter.in.rest.page.PageLinks;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerProfile;

/**
 * An issuer as the native API shows it.
 *
 * @param id the issuer's id
 * @param slug the unique URL-safe name
 * @param name the display name
 * @param createdAt when it was created, ISO-8601 in UTC
 * @param url its web site, or {@code null}
 * @param email where to write to it, or {@code null}
 * @param image its logo's URL, or {@code null}
 * @param description what it says of itself, possibly empty
 * @param openBadges the URLs of its Open Badges profiles: under its pinned base, or the current public URL
 * @param pageUrl the absolute URL of its public page on this server
 */
public record IssuerResponse(long id, String slug, String name, String createdAt, String url, String email,
        String image, String description, Profiles openBadges, String pageUrl) {

    /**
     * The URLs of an issuer's Open Badges profiles.
     *
     * @param ob2Profile its Open Badges 2.0 Profile
     * @param ob3Profile its Open Badges 3.0 Profile, which lists its keys
     */
    public record Profiles(String ob2Profile, String ob3Profile) {
    }

    /** The response for an issuer whose credentials live under its pinned base, else under these URLs. */
    public static IssuerResponse from(Issuer issuer, CredentialUrls current) {
        IssuerProfile profile = issuer.profile();
        CredentialUrls urls = issuer.credentialBase().map(CredentialUrls::under).orElse(current);
        Profiles profiles = new Profiles(urls.issuerV2(issuer.slug()), urls.issuerV3(issuer.slug()));
        return new IssuerResponse(issuer.id().value(), issuer.slug().value(), issuer.name(),
                issuer.createdAt().toString(), profile.url().map(WebUrl::value).orElse(null),
                profile.email().map(EmailAddress::value).orElse(null), profile.image().map(WebUrl::value).orElse(null),
                profile.description(), profiles, new PageLinks(current.base()).issuer(issuer.slug()));
    }
}
