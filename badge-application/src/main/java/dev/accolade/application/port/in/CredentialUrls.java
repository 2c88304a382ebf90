package dev.accolade.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.template.Template;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where every Open Badges document lives under a base URL: the one layout that builds credential ids
 * and that the HTTP adapter serves, so the two never drift apart.
 *
 * @param base the base URL, without a trailing slash
 */
public record CredentialUrls(String base) {

    /** The Open Badges 2.0 Assertions. */
    public static final String ASSERTIONS = "/ob/v2/assertions/";
    /** The Open Badges 2.0 BadgeClasses, and their images. */
    public static final String BADGES = "/ob/v2/badges/";
    /** The Open Badges 2.0 issuer Profiles. */
    public static final String ISSUERS_V2 = "/ob/v2/issuers/";
    /** The Open Badges 3.0 credentials. */
    public static final String CREDENTIALS = "/ob/v3/credentials/";
    /** The Open Badges 3.0 Achievements. */
    public static final String ACHIEVEMENTS = "/ob/v3/achievements/";
    /** The Open Badges 3.0 issuer Profiles, their keys and their status lists. */
    public static final String ISSUERS_V3 = "/ob/v3/issuers/";
    /** The recipients' public profiles, whose URLs identify members and handles. */
    public static final String PROFILES = "/profiles/";
    /** What follows an Assertion's or credential's URL for its baked PNG. */
    public static final String BAKED_PNG = "/baked.png";
    /** What follows an Assertion's or credential's URL for its baked SVG. */
    public static final String BAKED_SVG = "/baked.svg";
    /** What follows a BadgeClass's URL for its image. */
    public static final String IMAGE = "/image";
    /** What follows an issuer's Open Badges 3.0 profile URL for one of its JWKs. */
    public static final String KEYS = "/keys/";
    /** What follows an issuer's Open Badges 3.0 profile URL for one of its status lists. */
    public static final String STATUS = "/status/";

    /** Checks the base is present and drops a trailing slash. */
    public CredentialUrls {
        requireNonNull(base, "base");
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The layout under a web URL. */
    public static CredentialUrls under(WebUrl base) {
        return new CredentialUrls(base.value());
    }

    /** Checks a public URL can be a base: http or https, with no query or fragment. */
    public static void checkBase(WebUrl url) {
        URI uri = URI.create(url.value());
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw Check.invalid("public_url", "must have no query or fragment");
        }
    }

    /** An award's Open Badges 2.0 Assertion. */
    public String assertion(PublicId award) {
        return base + ASSERTIONS + award.value();
    }

    /** An award's Open Badges 2.0 Assertion baked into a PNG. */
    public String assertionPng(PublicId award) {
        return assertion(award) + BAKED_PNG;
    }

    /** An award's Open Badges 2.0 Assertion baked into an SVG. */
    public String assertionSvg(PublicId award) {
        return assertion(award) + BAKED_SVG;
    }

    /** A template's Open Badges 2.0 BadgeClass. */
    public String badgeClass(PublicId template) {
        return base + BADGES + template.value();
    }

    /** A template's image: its icon, or the one drawn for it. */
    public String badgeImage(PublicId template) {
        return badgeClass(template) + IMAGE;
    }

    /**
     * A template's picture as a link: its icon as given when it lives on the web, else the image served for the
     * template (its stored icon, or the one drawn for it) once a version of it is published.
     */
    public String picture(Template template) {
        return template.details().icon().map(ImageRef::location).filter(location -> !location.isStoredBlob())
                .map(AssetLocation::value).orElse(badgeImage(template.publicId()));
    }

    /** An issuer's Open Badges 2.0 Profile. */
    public String issuerV2(IssuerSlug issuer) {
        return base + ISSUERS_V2 + issuer.value();
    }

    /** An award's Open Badges 3.0 credential. */
    public String credential(PublicId award) {
        return base + CREDENTIALS + award.value();
    }

    /** An award's Open Badges 3.0 credential baked into a PNG. */
    public String credentialPng(PublicId award) {
        return credential(award) + BAKED_PNG;
    }

    /** An award's Open Badges 3.0 credential baked into an SVG. */
    public String credentialSvg(PublicId award) {
        return credential(award) + BAKED_SVG;
    }

    /** A template's Open Badges 3.0 Achievement. */
    public String achievement(PublicId template) {
        return base + ACHIEVEMENTS + template.value();
    }

    /** An issuer's Open Badges 3.0 Profile, the controller document of its keys. */
    public String issuerV3(IssuerSlug issuer) {
        return base + ISSUERS_V3 + issuer.value();
    }

    /** A Multikey verification method: a fragment of the issuer's profile. */
    public String verificationMethod(IssuerSlug issuer, String keyName) {
        return issuerV3(issuer) + "#" + keyName;
    }

    /** A JWK's own URL, which a VC-JWT's {@code kid} names. */
    public String jwk(IssuerSlug issuer, String keyName) {
        return issuerV3(issuer) + KEYS + keyName;
    }

    /** One of an issuer's Bitstring Status List credentials. */
    public String statusList(IssuerSlug issuer, long list) {
        return issuerV3(issuer) + STATUS + list;
    }

    /** The public profile of a recipient: the URL a member's or handle's credentials are hashed from. */
    public String profile(Identity recipient) {
        return base + PROFILES + URLEncoder.encode(recipient.key(), StandardCharsets.UTF_8);
    }
}
