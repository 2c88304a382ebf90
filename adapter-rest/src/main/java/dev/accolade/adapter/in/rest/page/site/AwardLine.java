package dev.accolade.adapter.in.rest.page.site;

import dev.accolade.adapter.in.rest.page.PageLinks;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.showcase.PublicAward;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * An award as a list line shows it: what, to whom (the shown name, never an email address), by whom,
 * when, and how it stands.
 *
 * @param id the award's credential id
 * @param url the award's page
 * @param title the badge's live title, or "Hidden badge"
 * @param image the badge image's path, empty when the badge is hidden from the viewer
 * @param recipient the recipient's shown name
 * @param profileUrl the recipient's profile page, if it has one
 * @param issuer the issuer's name
 * @param issuerUrl the issuer's page
 * @param date the day it was awarded
 * @param state verified, revoked or expired, in lower case
 */
public record AwardLine(String id, String url, String title, String image, String recipient, Optional<String> profileUrl,
        String issuer, String issuerUrl, String date, String state) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The line of an award as its viewer may see it. */
    public static AwardLine of(PublicAward award, PageLinks links) {
        String title = award.concealed() ? "Hidden badge" : award.template().details().title();
        String image = award.concealed() ? ""
                : CredentialUrls.BADGES + award.template().publicId().value() + CredentialUrls.IMAGE;
        return new AwardLine(award.award().credential().id().value(), links.award(award.award().credential().id()),
                title, image,
                award.recipientName(), award.profile().map(links::profile), award.issuer().name(),
                links.issuer(award.issuer().slug()), day(award.award().awardedAt()),
                award.state().name().toLowerCase(Locale.ROOT));
    }

    /** A day as the pages write it, such as "6 December 2026" (UTC). */
    public static String day(Instant instant) {
        return DAY.format(instant);
    }
}
