package dev.accolade.application.port.in.template;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.TemplateSort;
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
 */
public record FindTemplatesQuery(@NotNull Actor actor, IssuerId issuer,
        @Size(max = 100) Set<@NotNull CategoryId> categories, TemplateStatus status,
        TimeWindow created, TitleSearch title, TemplateSort sort, SortDirection direction, @NotNull PageRequest page) {
}
