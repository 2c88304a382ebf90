package dev.accolade.application.port.out.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateStatus;
import dev.accolade.domain.template.TitleSearch;
import java.util.Optional;
import java.util.Set;

/**
 * Which templates to list and in which order.
 *
 * @param issuer only this issuer's, when present
 * @param categories only those in at least one of these categories, when not empty
 * @param status only those with this status; {@code PUBLISHED} means "has a live version"
 * @param created only those created within this window
 * @param title only those whose title contains this text, when present: the live title for a public
 *     query, the working one otherwise
 * @param sort the sort key
 * @param direction the sort direction
 * @param asPublic whether the caller is outside the issuer: then only templates with a live version
 *     are listed, and categories and titles (sorted and searched) are those of the live version, so that nothing of a
 *     version in review shows, not even in the order or a cursor
 * @param unpublishedOnly only those whose working version is not published: drafts, those in review, rejected ones
 */
public record TemplateQuery(Optional<IssuerId> issuer, Set<CategoryId> categories, Optional<TemplateStatus> status,
        TimeWindow created, Optional<TitleSearch> title, TemplateSort sort, SortDirection direction,
        boolean asPublic, boolean unpublishedOnly) {

    /** Copies the categories and checks every part is present. */
    public TemplateQuery {
        requireNonNull(issuer, "issuer");
        categories = Set.copyOf(categories);
        requireNonNull(status, "status");
        requireNonNull(created, "created");
        requireNonNull(title, "title");
        requireNonNull(sort, "sort");
        requireNonNull(direction, "direction");
    }

    /** A query of every working status, or of the one given. */
    public TemplateQuery(Optional<IssuerId> issuer, Set<CategoryId> categories, Optional<TemplateStatus> status,
            TimeWindow created, Optional<TitleSearch> title, TemplateSort sort, SortDirection direction,
            boolean asPublic) {
        this(issuer, categories, status, created, title, sort, direction, asPublic, false);
    }
}
