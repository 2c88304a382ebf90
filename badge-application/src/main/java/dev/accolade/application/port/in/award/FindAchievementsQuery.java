package dev.accolade.application.port.in.award;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.AwardSort;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TitleSearch;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Find live achievements.
 *
 * @param actor who asks
 * @param owner whose achievements; null for the signed-in member's own
 * @param role whether the owner received or gave them, null for received
 * @param issuer only this issuer's, or null for any
 * @param categories only templates in one of these categories, or null or empty for any
 * @param awarded only awards made within this window, or null for any time
 * @param title only awards whose template's live title contains this text, or null for any
 * @param newOnly only awards the holder has not viewed; asked by the holder, the issuer or the operator
 * @param sort the sort key, null for award time
 * @param direction the sort direction, null for descending
 * @param page which page
 */
public record FindAchievementsQuery(@NotNull Actor actor, Identity owner, AchievementRole role, IssuerId issuer,
        @Size(max = 100) Set<@NotNull CategoryId> categories, TimeWindow awarded, TitleSearch title,
        boolean newOnly, AwardSort sort, SortDirection direction, @NotNull PageRequest page) {

    /** The newest achievements an identity received, first page. */
    public static FindAchievementsQuery receivedBy(Actor actor, Identity owner, PageRequest page) {
        return new FindAchievementsQuery(actor, owner, AchievementRole.RECEIVED, null, null, null, null, false, null,
                null, page);
    }
}
