package dev.accolade.adapter.in.rest.page.site;

import dev.accolade.adapter.in.rest.page.PageLinks;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.showcase.PublicAward;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.award.Revocation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What an award's page shows: its line (what, to whom, by whom, when, state), the badge's description,
 * the evidence, expiry and revocation, and the links to its credentials and to LinkedIn.
 *
 * @param line the award as a line shows it
 * @param description the badge's live description, empty when hidden from the viewer
 * @param narrative the evidence's narrative
 * @param evidence the evidence's links
 * @param expires the day it expires, if it does
 * @param revocation why it was revoked, if it was
 * @param assertion the OB 2.0 Assertion (JSON-LD)
 * @param bakedPng the OB 2.0 baked PNG
 * @param bakedSvg the OB 2.0 baked SVG
 * @param credential the OB 3.0 credential
 * @param credentialPng the OB 3.0 baked PNG
 * @param linkedIn the LinkedIn "add to profile" link
 */
public record AwardFacts(AwardLine line, String description, String narrative, List<String> evidence,
        Optional<String> expires, Optional<String> revocation, String assertion, String bakedPng, String bakedSvg,
        String credential, String credentialPng, String linkedIn) {

    /** The facts of an award as its viewer may see them. */
    static AwardFacts of(PublicAward award, PageLinks links) {
        AwardLine line = AwardLine.of(award, links);
        PublicId id = award.award().credential().id();
        CredentialUrls urls = new CredentialUrls(award.issuer().credentialBase().map(WebUrl::value)
                .orElse(links.base()));
        return new AwardFacts(line, award.concealed() ? "" : award.template().details().description(),
                award.award().evidence().narrative(),
                award.award().evidence().links().stream().map(WebUrl::value).toList(),
                award.award().expiresAt().map(AwardLine::day), award.award().revocation().map(Revocation::reason),
                urls.assertion(id) + "?" + AwardPage.JSON_PARAMETER, urls.assertionPng(id), urls.assertionSvg(id), urls.credential(id),
                urls.credentialPng(id), linkedIn(award, line));
    }

    private static String linkedIn(PublicAward award, AwardLine line) {
        ZonedDateTime at = award.award().awardedAt().atZone(ZoneOffset.UTC);
        return "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=" + encode(line.title())
                + "&organizationName=" + encode(line.issuer()) + "&issueYear=" + at.getYear() + "&issueMonth="
                + at.getMonthValue() + "&certUrl=" + encode(line.url()) + "&certId="
                + encode(award.award().credential().id().value());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
