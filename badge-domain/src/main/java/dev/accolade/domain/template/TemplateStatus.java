package dev.accolade.domain.template;

/** Where a template's working version stands in moderation. */
public enum TemplateStatus {
    /** Being written; not awardable, not reviewed. */
    DRAFT,
    /** Waiting for a moderator. */
    PENDING_REVIEW,
    /** Approved; this version is live and awardable. */
    PUBLISHED,
    /** Refused by a moderator; may be edited and submitted again. */
    REJECTED
}
