package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerSlug;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The absolute URLs of the pages, under the server's public URL: what the API's {@code page_url} fields
 * carry and what a shared link points at.
 *
 * @param base the public URL, without a trailing slash
 */
public record PageLinks(String base) {

    /** Drops a trailing slash. */
    public PageLinks {
        requireNonNull(base, "base");
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The home page. */
    public String home() {
        return base + PagePaths.HOME;
    }

    /** An issuer's page. */
    public String issuer(IssuerSlug slug) {
        return base + PagePaths.ISSUERS + slug.value();
    }

    /** A published template's page. */
    public String badge(PublicId template) {
        return base + PagePaths.BADGES + template.value();
    }

    /** An award's page. */
    public String award(PublicId credential) {
        return base + PagePaths.AWARDS + credential.value();
    }

    /** A recipient's profile: the same URL the credentials name the recipient by. */
    public String profile(Identity recipient) {
        return base + PagePaths.PROFILES + URLEncoder.encode(recipient.key(), StandardCharsets.UTF_8);
    }
}
