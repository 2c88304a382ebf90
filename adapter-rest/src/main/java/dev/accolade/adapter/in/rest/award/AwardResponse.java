package dev.accolade.adapter.in.rest.award;

import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.json.CredentialLinks;
import dev.accolade.adapter.in.rest.json.EvidenceJson;
import dev.accolade.adapter.in.rest.json.RecipientJson;
import dev.accolade.adapter.in.rest.json.RecipientNameJson;
import dev.accolade.adapter.in.rest.json.TemplateRef;
import dev.accolade.adapter.in.rest.page.PageLinks;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.Revocation;
import dev.accolade.domain.member.MemberId;
import java.util.Locale;

/**
 * An award as the native API shows it.
 *
 * @param id the award's id
 * @param template the template and the version awarded
 * @param issuerId the issuer that awarded it
 * @param recipient the identity it was addressed to
 * @param recipientName the recipient's name as the issuer gave it, or {@code null}
 * @param holderMemberId the member holding it, {@code null} until someone claims the identity
 * @param awardedAt when it was made, ISO-8601 in UTC
 * @param source how it came about: direct, offer, request, log_line or rule
 * @param offerId the accepted offer it came from, or {@code null}
 * @param requestId the accepted request it came from, or {@code null}
 * @param evidence what supports it
 * @param expiresAt when it expires, {@code null} for never
 * @param viewedAt when the holder first saw it, {@code null} while it is new
 * @param active whether it still stands
 * @param revokedAt when it was revoked, or {@code null}
 * @param revocationReason why it was revoked, or {@code null}
 * @param credentials where its portable Open Badges credentials are
 * @param pageUrl the absolute URL of its public page (which shows no email address)
 */
public record AwardResponse(long id, TemplateRef template, long issuerId, RecipientJson recipient,
        RecipientNameJson recipientName, Long holderMemberId, String awardedAt, String source, Long offerId,
        Long requestId, EvidenceJson evidence, String expiresAt, String viewedAt, boolean active, String revokedAt,
        String revocationReason, CredentialLinks credentials, String pageUrl) {

    /** The response for an award with its template, its credentials under these URLs. */
    public static AwardResponse from(AwardView view, CredentialUrls urls) {
        Award award = view.award();
        AwardSource source = award.source();
        return new AwardResponse(award.id().value(),
                TemplateRef.of(award.template().value(), award.terms().templateVersion(),
                        view.template().details().title(), view.templateConcealed()),
                award.issuer().value(), RecipientJson.from(award.recipient(), view.recipientEmailVisible()),
                RecipientNameJson.from(award.recipientName()),
                award.holder().map(MemberId::value).orElse(null), award.awardedAt().toString(),
                source.kind().name().toLowerCase(Locale.ROOT),
                source instanceof AwardSource.FromOffer offer ? offer.offer().value() : null,
                source instanceof AwardSource.FromRequest request ? request.request().value() : null,
                EvidenceJson.from(award.evidence()), Instants.format(award.expiresAt()),
                Instants.format(award.viewedAt()), award.isActive(),
                Instants.format(award.revocation().map(Revocation::revokedAt)),
                award.revocation().map(Revocation::reason).orElse(null),
                CredentialLinks.of(urls, award.credential().id()),
                new PageLinks(urls.base()).award(award.credential().id()));
    }
}
