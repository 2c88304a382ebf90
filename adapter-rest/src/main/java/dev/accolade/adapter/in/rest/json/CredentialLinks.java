package dev.accolade.adapter.in.rest.json;

import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.common.PublicId;

/**
 * Where an award's portable credentials are, as absolute URLs under the server's public URL.
 *
 * @param ob2Assertion the hosted Open Badges 2.0 Assertion
 * @param ob2BakedPng the badge image with the assertion baked in, as PNG
 * @param ob2BakedSvg the badge image with the assertion baked in, as SVG
 * @param ob3Credential the signed Open Badges 3.0 credential (JSON-LD, or a VC-JWT when asked for)
 * @param ob3BakedPng the badge image with the credential baked in, as PNG
 * @param ob3BakedSvg the badge image with the credential baked in, as SVG
 */
public record CredentialLinks(String ob2Assertion, String ob2BakedPng, String ob2BakedSvg, String ob3Credential,
        String ob3BakedPng, String ob3BakedSvg) {

    /** The links of the credential that goes by this public id. */
    public static CredentialLinks of(CredentialUrls urls, PublicId credential) {
        return new CredentialLinks(urls.assertion(credential), urls.assertionPng(credential),
                urls.assertionSvg(credential), urls.credential(credential), urls.credentialPng(credential),
                urls.credentialSvg(credential));
    }
}
