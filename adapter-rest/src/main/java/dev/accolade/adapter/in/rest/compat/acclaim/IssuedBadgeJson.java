package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.json.CredentialLinks;
import dev.accolade.application.achievement.GrantView;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.award.Revocation;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.template.Template;
import java.util.Locale;
import java.util.Optional;

/**
 * An issued badge as Acclaim shows it: an award (accepted or revoked) or an offer (pending,
 * rejected, accepted, or revoked when the issuer withdrew it).
 *
 * @param id the award's or offer's id in UUID form, of its own kind
 * @param organizationId the issuer's id in UUID form
 * @param badgeTemplateId the template's id in UUID form
 * @param recipientEmail the address it was issued to; null when issued to a member or a handle, and when the
 *     application says the caller may not see it (as Acclaim shows an absent address)
 * @param issuedToFirstName the recipient's first name as the issuer gave it, possibly none
 * @param issuedToLastName the recipient's last name as the issuer gave it, possibly none
 * @param issuedAt when it was awarded or offered
 * @param expiresAt when it expires, possibly never
 * @param state {@code pending}, {@code accepted}, {@code rejected} or {@code revoked}
 * @param acceptedAt when it was accepted, possibly not yet
 * @param revokedAt when it was revoked, possibly never
 * @param revocationReason why it was revoked, possibly never
 * @param imageUrl the badge's picture, an absolute URL: its template's icon as given when that lives on the web,
 *     else the badge image this server serves for the template; none when the template is hidden from the caller
 * @param credentials where an award's Open Badges credentials are (an addition to the specification's
 *     attributes, which clients that do not know it ignore); {@code null} for an offer
 */
public record IssuedBadgeJson(String id, String organizationId, String badgeTemplateId, String recipientEmail,
        String issuedToFirstName, String issuedToLastName, String issuedAt, String expiresAt, String state,
        String acceptedAt, String revokedAt, String revocationReason, String imageUrl, CredentialLinks credentials) {

    /**
     * An award or an offer listed with others: its address only when the application says the caller may see it,
     * its template's picture unless concealed, an award's credentials under these URLs.
     */
    public static IssuedBadgeJson from(GrantView view, CredentialUrls urls) {
        return of(view.grant(), view.template(), view.recipientEmailVisible(), view.templateConcealed(), urls);
    }

    /** An award read by its id, shown as {@link #from(GrantView, CredentialUrls)} shows one listed. */
    public static IssuedBadgeJson from(AwardView view, CredentialUrls urls) {
        return of(view.award(), view.template(), view.recipientEmailVisible(), view.templateConcealed(), urls);
    }

    /**
     * An award or offer that a use case hands out only to its issuer or its recipient (one just issued, an offer read
     * or answered), who both may see its address; its template's picture unless concealed.
     */
    public static IssuedBadgeJson toIssuerOrRecipient(Granted grant, Template template, boolean concealed,
            CredentialUrls urls) {
        return of(grant, template, true, concealed, urls);
    }

    private static IssuedBadgeJson of(Granted grant, Template template, boolean emailVisible, boolean concealed,
            CredentialUrls urls) {
        String email = emailVisible ? emailOf(grant.recipient()) : null;
        String image = BadgeTemplateJson.imageOf(template, concealed, urls);
        return grant instanceof Award award ? award(award, email, image, urls) : offer((Offer) grant, email, image);
    }

    /** An award: accepted when it was made, revoked once taken back; its credentials under these URLs. */
    private static IssuedBadgeJson award(Award award, String email, String image, CredentialUrls urls) {
        return new IssuedBadgeJson(AcclaimIds.format(Kind.AWARD, award.id().value()),
                AcclaimIds.format(Kind.ORGANIZATION, award.issuer().value()),
                AcclaimIds.format(Kind.BADGE_TEMPLATE, award.template().value()), email,
                first(award.recipientName()), last(award.recipientName()), award.awardedAt().toString(),
                Instants.format(award.expiresAt()), award.isActive() ? "accepted" : "revoked",
                award.awardedAt().toString(),
                Instants.format(award.revocation().map(Revocation::revokedAt)),
                award.revocation().map(Revocation::reason).orElse(null), image,
                CredentialLinks.of(urls, award.credential().id()));
    }

    /** An offer: its status, with a cancelled one read as revoked. */
    private static IssuedBadgeJson offer(Offer offer, String email, String image) {
        OfferStatus status = offer.status();
        String state = status == OfferStatus.CANCELLED ? "revoked" : status.name().toLowerCase(Locale.ROOT);
        return new IssuedBadgeJson(AcclaimIds.format(Kind.OFFER, offer.id().value()),
                AcclaimIds.format(Kind.ORGANIZATION, offer.issuer().value()),
                AcclaimIds.format(Kind.BADGE_TEMPLATE, offer.template().value()), email,
                first(offer.recipientName()), last(offer.recipientName()), offer.createdAt().toString(),
                Instants.format(offer.expiresAt()), state,
                status == OfferStatus.ACCEPTED ? Instants.format(offer.answeredAt()) : null,
                status == OfferStatus.CANCELLED ? Instants.format(offer.answeredAt()) : null, null, image, null);
    }

    private static String first(Optional<RecipientName> name) {
        return name.map(RecipientName::first).orElse(null);
    }

    private static String last(Optional<RecipientName> name) {
        return name.map(RecipientName::last).orElse(null);
    }

    private static String emailOf(Identity recipient) {
        return recipient instanceof EmailIdentity email ? email.email().value() : null;
    }
}
