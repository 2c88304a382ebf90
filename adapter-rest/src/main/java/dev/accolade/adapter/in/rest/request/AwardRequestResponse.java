package dev.accolade.adapter.in.rest.request;

import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.json.EvidenceJson;
import dev.accolade.domain.request.AwardRequest;
import java.util.Locale;

/**
 * A member's request to be awarded, as the native API shows it.
 *
 * @param id the request's id
 * @param templateId the template applied for
 * @param issuerId the template's issuer
 * @param applicantMemberId the member who applied
 * @param message why, empty when none
 * @param evidence what supports it
 * @param status pending, accepted or rejected
 * @param createdAt when it was made, ISO-8601 in UTC
 * @param answeredAt when it was answered, {@code null} while pending
 * @param rejectionReason why it was rejected, or {@code null}
 */
public record AwardRequestResponse(long id, long templateId, long issuerId, long applicantMemberId, String message,
        EvidenceJson evidence, String status, String createdAt, String answeredAt, String rejectionReason) {

    /** The response for a request. */
    public static AwardRequestResponse from(AwardRequest request) {
        return new AwardRequestResponse(request.id().value(), request.template().value(), request.issuer().value(),
                request.applicant().value(), request.message(), EvidenceJson.from(request.evidence()),
                request.status().name().toLowerCase(Locale.ROOT), request.createdAt().toString(),
                Instants.format(request.answeredAt()), request.rejectionReason().orElse(null));
    }
}
