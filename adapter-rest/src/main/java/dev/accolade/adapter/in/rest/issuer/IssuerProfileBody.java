package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.application.issuer.IssuerProfileInput;

/**
 * The body of {@code PUT /v1/issuers/{id}}: the issuer's whole profile, as Open Badges publishes it;
 * what it leaves out is cleared.
 *
 * @param url the issuer's web site
 * @param email where to write to the issuer
 * @param image the issuer's logo, by URL
 * @param description what the issuer says of itself
 * @param timeZone the IANA name of the zone its days are counted in, UTC when absent
 */
public record IssuerProfileBody(String url, String email, String image, String description, String timeZone) {

    /** The profile as the use case takes it. */
    public IssuerProfileInput toInput() {
        return new IssuerProfileInput(url, email, image, description, timeZone);
    }
}
