package dev.accolade.adapter.in.rest.offer;

import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.json.EvidenceJson;
import dev.accolade.adapter.in.rest.json.RecipientJson;
import dev.accolade.adapter.in.rest.json.RecipientNameJson;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferCallback;
import java.util.Locale;

/**
 * An offer as the native API shows it. The callback appears only to the issuer and the operator:
 * the use cases give the recipient an offer without it.
 *
 * @param id the offer's id
 * @param templateId the template offered
 * @param templateVersion the version that was live when it was offered
 * @param issuerId the issuer that offered it
 * @param recipient the identity it was addressed to
 * @param recipientName the recipient's name as the issuer gave it, or {@code null}
 * @param holderMemberId the member it reached, {@code null} until someone claims the identity
 * @param status pending, accepted, rejected or cancelled
 * @param evidence what supports it
 * @param expiresAt when the award it makes expires, {@code null} for never
 * @param callbackUrl where the answer is reported, or {@code null}
 * @param callbackToken the token passed to the callback URL, proving the call comes from this server
 * @param createdAt when it was made, ISO-8601 in UTC
 * @param answeredAt when it was answered, {@code null} while pending
 */
public record OfferResponse(long id, long templateId, int templateVersion, long issuerId, RecipientJson recipient,
        RecipientNameJson recipientName, Long holderMemberId, String status, EvidenceJson evidence, String expiresAt,
        String callbackUrl, String callbackToken, String createdAt, String answeredAt) {

    /** The response for an offer. */
    public static OfferResponse from(Offer offer) {
        return new OfferResponse(offer.id().value(), offer.template().value(), offer.terms().templateVersion(),
                offer.issuer().value(), RecipientJson.from(offer.recipient()),
                RecipientNameJson.from(offer.recipientName()),
                offer.holder().map(MemberId::value).orElse(null), offer.status().name().toLowerCase(Locale.ROOT),
                EvidenceJson.from(offer.evidence()), Instants.format(offer.expiresAt()),
                offer.callback().map(callback -> callback.url().value()).orElse(null),
                offer.callback().map(OfferCallback::token).orElse(null), offer.createdAt().toString(),
                Instants.format(offer.answeredAt()));
    }

    @Override
    public String toString() {
        return "OfferResponse[id=" + id + ", status=" + status + "]";
    }
}
