package dev.accolade.application.webhook;

import dev.accolade.application.shared.JsonObjectText;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.Revocation;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.event.OfferAnswered;
import dev.accolade.domain.event.RequestAnswered;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.PublishedRevision;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.webhook.WebhookEvent;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON body of a webhook delivery: {@code {event, occurred_at, issuer_id, data}}, where {@code data}
 * holds the ids and the few facts of what happened, named as the native API names them. Receivers read
 * anything more through the API.
 */
final class WebhookPayloads {

    private WebhookPayloads() {
    }

    /** The body reporting a domain event as a webhook event. */
    static String of(WebhookEvent type, DomainEvent event) {
        return new JsonObjectText().put("event", type.wireName()).put("occurred_at", event.occurredAt())
                .put("issuer_id", event.issuer().value()).put("data", data(event)).text();
    }

    private static JsonObjectText data(DomainEvent event) {
        if (event instanceof AwardGranted granted) {
            return award(granted.award());
        }
        if (event instanceof AwardRevoked revoked) {
            Optional<Revocation> revocation = revoked.award().revocation();
            return award(revoked.award()).put("revoked_at", revocation.map(Revocation::revokedAt))
                    .put("revocation_reason", revocation.map(Revocation::reason));
        }
        if (event instanceof OfferAnswered answered) {
            return offer(answered.offer());
        }
        if (event instanceof RequestAnswered answered) {
            return request(answered.request());
        }
        if (event instanceof TemplatePublished published) {
            return template(published.template());
        }
        throw new IllegalArgumentException("no webhook body for " + event.getClass().getSimpleName());
    }

    private static JsonObjectText award(Award award) {
        return new JsonObjectText().put("award_id", award.id().value()).put("template_id", award.template().value())
                .put("recipient", award.recipient().key()).put("holder_member_id", award.holder().map(MemberId::value))
                .put("awarded_at", award.awardedAt()).put("source", lower(award.source().kind().name()));
    }

    private static JsonObjectText offer(Offer offer) {
        return new JsonObjectText().put("offer_id", offer.id().value()).put("template_id", offer.template().value())
                .put("recipient", offer.recipient().key()).put("holder_member_id", offer.holder().map(MemberId::value))
                .put("status", lower(offer.status().name())).put("answered_at", offer.answeredAt());
    }

    private static JsonObjectText request(AwardRequest request) {
        return new JsonObjectText().put("request_id", request.id().value())
                .put("template_id", request.template().value())
                .put("applicant_member_id", request.applicant().value()).put("status", lower(request.status().name()))
                .put("answered_at", request.answeredAt()).put("rejection_reason", request.rejectionReason());
    }

    private static JsonObjectText template(Template template) {
        Optional<PublishedRevision> live = template.live();
        return new JsonObjectText().put("template_id", template.id().value())
                .put("version", live.map(revision -> (long) revision.version()))
                .put("title", live.map(revision -> revision.details().title()));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
