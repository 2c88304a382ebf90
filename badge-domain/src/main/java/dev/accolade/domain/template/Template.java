package dev.accolade.domain.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What can be awarded, with its moderation lifecycle: draft, pending review, then published or
 * rejected. Editing a published template makes a new version that waits for review while the
 * published one stays live and awardable. Immutable; changes return a new instance.
 */
public final class Template {

    /** The longest rejection reason accepted. */
    public static final int MAX_REASON_LENGTH = 500;

    private final TemplateId id;
    private final PublicId publicId;
    private final IssuerId issuer;
    private final int version;
    private final TemplateDetails details;
    private final TemplateStatus status;
    private final Optional<PublishedRevision> live;
    private final Optional<String> rejectionReason;
    private final Optional<Instant> firstPublishedAt;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Template(TemplateId id, PublicId publicId, IssuerId issuer, int version, TemplateDetails details,
            TemplateStatus status,
            Optional<PublishedRevision> live, Optional<String> rejectionReason, Optional<Instant> firstPublishedAt,
            Instant createdAt, Instant updatedAt) {
        this.id = requireNonNull(id, "id");
        this.publicId = requireNonNull(publicId, "publicId");
        this.issuer = requireNonNull(issuer, "issuer");
        this.version = version;
        this.details = requireNonNull(details, "details");
        this.status = requireNonNull(status, "status");
        this.live = requireNonNull(live, "live");
        this.rejectionReason = requireNonNull(rejectionReason, "rejectionReason");
        this.firstPublishedAt = requireNonNull(firstPublishedAt, "firstPublishedAt");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.updatedAt = requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        if (status == TemplateStatus.PUBLISHED && live.map(PublishedRevision::version).orElse(-1) != version) {
            throw new IllegalArgumentException("a published template's working version is the live one");
        }
        if (live.isPresent() != firstPublishedAt.isPresent()) {
            throw new IllegalArgumentException("a template has a first publication date exactly when it has been live");
        }
    }

    /** A new draft, version 1, with the public id its Open Badges badge class will go by. */
    public static Template create(TemplateId id, PublicId publicId, IssuerId issuer, TemplateDetails details,
            Instant now) {
        return new Template(id, publicId, issuer, 1, details, TemplateStatus.DRAFT, Optional.empty(), Optional.empty(),
                Optional.empty(), now, now);
    }

    /** A template as it was stored. */
    public static Template reconstitute(TemplateId id, PublicId publicId, IssuerId issuer, int version,
            TemplateDetails details, TemplateStatus status, Optional<PublishedRevision> live,
            Optional<String> rejectionReason, Optional<Instant> firstPublishedAt, Instant createdAt,
            Instant updatedAt) {
        return new Template(id, publicId, issuer, version, details, status, live, rejectionReason, firstPublishedAt,
                createdAt,
                updatedAt);
    }

    /**
     * This template with new content. A draft or rejected template stays (or goes back to) a draft; one
     * in review stays in review; a published one gets a new version that waits for review.
     */
    public Template edit(TemplateDetails newDetails, Instant now) {
        requireNonNull(newDetails, "details");
        return switch (status) {
            case DRAFT, REJECTED -> with(version, newDetails, TemplateStatus.DRAFT, live, Optional.empty(), now);
            case PENDING_REVIEW -> with(version, newDetails, TemplateStatus.PENDING_REVIEW, live, rejectionReason, now);
            case PUBLISHED -> with(version + 1, newDetails, TemplateStatus.PENDING_REVIEW, live, Optional.empty(), now);
        };
    }

    /** This draft (or rejected) template, sent to moderation. */
    public Template submit(Instant now) {
        if (status != TemplateStatus.DRAFT && status != TemplateStatus.REJECTED) {
            throw DomainException.ruleViolation("template_not_submittable",
                    "Only a draft or rejected template can be submitted for review; this one is "
                            + describe(status) + ".");
        }
        return with(version, details, TemplateStatus.PENDING_REVIEW, live, Optional.empty(), now);
    }

    /** This template approved: the version in review becomes the live one. */
    public Template approve(Instant now) {
        requirePendingReview();
        PublishedRevision revision = new PublishedRevision(version, details, now);
        return new Template(id, publicId, issuer, version, details, TemplateStatus.PUBLISHED, Optional.of(revision),
                Optional.empty(), Optional.of(firstPublishedAt.orElse(now)), createdAt, now);
    }

    /** This template refused, with an optional reason; a live version stays live. */
    public Template reject(String reason, Instant now) {
        requirePendingReview();
        Optional<String> checked = Check.optionalLine(reason, "reason", MAX_REASON_LENGTH);
        return with(version, details, TemplateStatus.REJECTED, live, checked, now);
    }

    /** This template published whatever its state, as unmoderated services and the sandbox do. */
    public Template publishNow(Instant now) {
        return switch (status) {
            case DRAFT, REJECTED -> submit(now).approve(now);
            case PENDING_REVIEW -> approve(now);
            case PUBLISHED -> this;
        };
    }

    /** The live version, which is what an award is made of; refused when nothing was ever published. */
    public PublishedRevision awardable() {
        return live.orElseThrow(() -> DomainException.ruleViolation("template_not_published",
                "Only a published template can be awarded."));
    }

    /** Whether some version is live. */
    public boolean isPublished() {
        return live.isPresent();
    }

    /**
     * The template as someone outside its issuer sees it: the live version as the working one, with
     * no pending revision or rejection reason; empty when nothing was ever published.
     */
    public Optional<Template> publicView() {
        return live.map(revision -> new Template(id, publicId, issuer, revision.version(), revision.details(),
                TemplateStatus.PUBLISHED, live, Optional.empty(), firstPublishedAt, createdAt, revision.publishedAt()));
    }

    private void requirePendingReview() {
        if (status != TemplateStatus.PENDING_REVIEW) {
            throw DomainException.ruleViolation("template_not_pending_review",
                    "Only a template pending review can be approved or rejected; this one is " + describe(status)
                            + ".");
        }
    }

    private Template with(int newVersion, TemplateDetails newDetails, TemplateStatus newStatus,
            Optional<PublishedRevision> newLive, Optional<String> reason, Instant now) {
        return new Template(id, publicId, issuer, newVersion, newDetails, newStatus, newLive, reason, firstPublishedAt,
                createdAt, now);
    }

    private static String describe(TemplateStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public TemplateId id() {
        return id;
    }

    /** The public id its Open Badges badge class goes by. */
    public PublicId publicId() {
        return publicId;
    }

    public IssuerId issuer() {
        return issuer;
    }

    /** The working version number. */
    public int version() {
        return version;
    }

    /** The working content: the newest version, whatever its status. */
    public TemplateDetails details() {
        return details;
    }

    /** The status of the working version. */
    public TemplateStatus status() {
        return status;
    }

    /** The live version, if one was ever published. */
    public Optional<PublishedRevision> live() {
        return live;
    }

    public Optional<String> rejectionReason() {
        return rejectionReason;
    }

    /** When the template first went live: its publish date. */
    public Optional<Instant> firstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Template that && id.equals(that.id) && issuer.equals(that.issuer)
                && version == that.version && details.equals(that.details) && status == that.status
                && live.equals(that.live) && rejectionReason.equals(that.rejectionReason)
                && firstPublishedAt.equals(that.firstPublishedAt) && createdAt.equals(that.createdAt)
                && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, issuer, version, status, updatedAt);
    }

    @Override
    public String toString() {
        return "Template[" + id + " v" + version + ", " + status + ", " + details.title() + "]";
    }
}
