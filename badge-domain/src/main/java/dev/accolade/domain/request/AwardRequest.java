package dev.accolade.domain.request;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's application to be awarded a published template, with a message and evidence; the
 * template's issuer accepts it (making the award) or rejects it, once. Immutable.
 */
public final class AwardRequest {

    /** The longest message accepted. */
    public static final int MAX_MESSAGE_LENGTH = 1000;
    /** The longest rejection reason accepted. */
    public static final int MAX_REASON_LENGTH = 500;

    private final AwardRequestId id;
    private final TemplateId template;
    private final IssuerId issuer;
    private final MemberId applicant;
    private final String message;
    private final Evidence evidence;
    private final RequestStatus status;
    private final Instant createdAt;
    private final Optional<Instant> answeredAt;
    private final Optional<String> rejectionReason;

    private AwardRequest(AwardRequestId id, TemplateId template, IssuerId issuer, MemberId applicant, String message,
            Evidence evidence, RequestStatus status, Instant createdAt, Optional<Instant> answeredAt,
            Optional<String> rejectionReason) {
        this.id = requireNonNull(id, "id");
        this.template = requireNonNull(template, "template");
        this.issuer = requireNonNull(issuer, "issuer");
        this.applicant = requireNonNull(applicant, "applicant");
        this.message = Check.text(message, "message", MAX_MESSAGE_LENGTH);
        this.evidence = requireNonNull(evidence, "evidence");
        this.status = requireNonNull(status, "status");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.answeredAt = requireNonNull(answeredAt, "answeredAt");
        this.rejectionReason = requireNonNull(rejectionReason, "rejectionReason");
        if ((status == RequestStatus.PENDING) != answeredAt.isEmpty()) {
            throw new IllegalArgumentException("a request has an answer time exactly when it is answered");
        }
    }

    /** A new pending request for a template that is published. */
    public static AwardRequest apply(AwardRequestId id, Template template, MemberId applicant, String message,
            Evidence evidence, Instant now) {
        template.awardable();
        return new AwardRequest(id, template.id(), template.issuer(), applicant, message, evidence,
                RequestStatus.PENDING, now, Optional.empty(), Optional.empty());
    }

    /** A request as it was stored. */
    public static AwardRequest reconstitute(AwardRequestId id, TemplateId template, IssuerId issuer,
            MemberId applicant, String message, Evidence evidence, RequestStatus status, Instant createdAt,
            Optional<Instant> answeredAt, Optional<String> rejectionReason) {
        return new AwardRequest(id, template, issuer, applicant, message, evidence, status, createdAt, answeredAt,
                rejectionReason);
    }

    /** This request granted. */
    public AwardRequest accept(Instant now) {
        requirePending();
        return new AwardRequest(id, template, issuer, applicant, message, evidence, RequestStatus.ACCEPTED, createdAt,
                Optional.of(now), Optional.empty());
    }

    /** This request declined, with an optional reason. */
    public AwardRequest reject(String reason, Instant now) {
        requirePending();
        Optional<String> checked = Check.optionalLine(reason, "reason", MAX_REASON_LENGTH);
        return new AwardRequest(id, template, issuer, applicant, message, evidence, RequestStatus.REJECTED, createdAt,
                Optional.of(now), checked);
    }

    /** Whether the request still waits for an answer. */
    public boolean isPending() {
        return status == RequestStatus.PENDING;
    }

    private void requirePending() {
        if (!isPending()) {
            throw DomainException.conflict("request_already_answered",
                    "The request was already " + status.name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    public AwardRequestId id() {
        return id;
    }

    public TemplateId template() {
        return template;
    }

    public IssuerId issuer() {
        return issuer;
    }

    public MemberId applicant() {
        return applicant;
    }

    public String message() {
        return message;
    }

    public Evidence evidence() {
        return evidence;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> answeredAt() {
        return answeredAt;
    }

    public Optional<String> rejectionReason() {
        return rejectionReason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwardRequest that && id.equals(that.id) && template.equals(that.template)
                && issuer.equals(that.issuer) && applicant.equals(that.applicant) && message.equals(that.message)
                && evidence.equals(that.evidence) && status == that.status && createdAt.equals(that.createdAt)
                && answeredAt.equals(that.answeredAt) && rejectionReason.equals(that.rejectionReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, template, applicant, status, createdAt);
    }

    @Override
    public String toString() {
        return "AwardRequest[" + id + ", template " + template + " by " + applicant + ", " + status + "]";
    }
}
