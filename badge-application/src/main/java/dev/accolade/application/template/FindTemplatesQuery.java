package dev.accolade.application.template;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateStatus;
import dev.accolade.domain.template.TitleSearch;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Find templates. Anyone may list published templates; other statuses need the issuer's rights.
 *
 * @param actor who asks
 * @param issuer only this issuer's, or null for all
 * @param categories only those in one of these categories, or null or empty for any
 * @param status only this status, or null for published ones (all, for the issuer itself)
 * @param created only those created within this window, or null for any time
 * @param title only those whose title (the live one, for outsiders) contains this text, or null for any
 * @param sort the sort key, null for id
 * @param direction the sort direction, null for ascending
 * @param page which page
 * @param unpublishedOnly only the issuer's templates whose working version is not published: drafts, those
 *     in review, rejected ones
 */
public record FindTemplatesQuery(@NotNull Actor actor, IssuerId issuer,
        @Size(max = 100) Set<@NotNull CategoryId> categories, TemplateStatus status,
        TimeWindow created, TitleSearch title, TemplateSort sort, SortDirection direction, @NotNull PageRequest page,
        boolean unpublishedOnly) {

    /** Every template the actor may list (published ones, for outsiders), by id, on a page; the withers narrow it. */
    public static FindTemplatesQuery all(Actor actor, PageRequest page) {
        return new FindTemplatesQuery(actor, null, Set.of(), null, TimeWindow.ALWAYS, null, TemplateSort.ID,
                SortDirection.ASC, page, false);
    }

    /** This query narrowed to one issuer's templates, or not when null. */
    public FindTemplatesQuery ofIssuer(IssuerId value) {
        return new FindTemplatesQuery(actor, value, categories, status, created, title, sort, direction, page,
                unpublishedOnly);
    }

    /** This query narrowed to templates in any of these categories. */
    public FindTemplatesQuery inCategories(Set<CategoryId> value) {
        return new FindTemplatesQuery(actor, issuer, value, status, created, title, sort, direction, page,
                unpublishedOnly);
    }

    /** This query narrowed to one status, or the default when null. */
    public FindTemplatesQuery withStatus(TemplateStatus value) {
        return new FindTemplatesQuery(actor, issuer, categories, value, created, title, sort, direction, page,
                unpublishedOnly);
    }

    /** This query narrowed to templates created within a window. */
    public FindTemplatesQuery createdWithin(TimeWindow value) {
        return new FindTemplatesQuery(actor, issuer, categories, status, value, title, sort, direction, page,
                unpublishedOnly);
    }

    /** This query narrowed to templates whose title matches, or not when null. */
    public FindTemplatesQuery titled(TitleSearch value) {
        return new FindTemplatesQuery(actor, issuer, categories, status, created, value, sort, direction, page,
                unpublishedOnly);
    }

    /** This query narrowed to the issuer's unfinished templates: drafts, those in review, rejected ones. */
    public FindTemplatesQuery unpublished() {
        return new FindTemplatesQuery(actor, issuer, categories, status, created, title, sort, direction, page, true);
    }

    /** This query sorted by a key in a direction; either null keeps the default (by id, ascending). */
    public FindTemplatesQuery sortedBy(TemplateSort key, SortDirection order) {
        return new FindTemplatesQuery(actor, issuer, categories, status, created, title, key, order, page,
                unpublishedOnly);
    }
}
