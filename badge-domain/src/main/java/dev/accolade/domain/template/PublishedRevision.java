package dev.accolade.domain.template;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The version of a template that is live: what recipients see and what is awarded, while a newer
 * version may wait for review.
 *
 * @param version the version number
 * @param details the content of that version
 * @param publishedAt when the version was approved
 */
public record PublishedRevision(int version, TemplateDetails details, Instant publishedAt) {

    /** Checks every part. */
    public PublishedRevision {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        requireNonNull(details, "details");
        requireNonNull(publishedAt, "publishedAt");
    }
}
