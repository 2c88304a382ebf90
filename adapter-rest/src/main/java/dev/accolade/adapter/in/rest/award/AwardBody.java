package dev.accolade.adapter.in.rest.award;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.json.EvidenceJson;
import dev.accolade.adapter.in.rest.json.RecipientJson;
import dev.accolade.adapter.in.rest.json.RecipientNameJson;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.TemplateId;

/**
 * The body of {@code POST /v1/templates/{template_id}/awards}.
 *
 * @param recipient who receives it
 * @param recipientName the recipient's first and last name to show with the award, possibly absent
 * @param evidence what supports it, possibly absent
 * @param expiresAt when the award expires, ISO-8601, possibly absent
 * @param callbackUrl where to report the answer when the award becomes an offer, possibly absent
 */
public record AwardBody(RecipientJson recipient, RecipientNameJson recipientName, EvidenceJson evidence,
        String expiresAt, String callbackUrl) {

    /** The command; a 400 without a recipient, a 422 for a malformed one. */
    public AwardCommand toCommand(Actor actor, TemplateId template, String idempotencyKey) {
        if (recipient == null) {
            throw RequestRejected.missingParameter("recipient");
        }
        return AwardCommand.of(actor, template, recipient.toIdentity())
                .named(RecipientNameJson.toName(recipientName).orElse(null))
                .withEvidence(EvidenceJson.toInput(evidence)).expiringAt(Instants.parse(expiresAt, "expires_at"))
                .callingBack(callbackUrl).underKey(idempotencyKey);
    }
}
