package dev.accolade.application.achievement;

import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardId;
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
 * @param awards only these awards, or none or empty for any: one query tells which of them are the owner's
 *     and the caller may read one by one, as their holder or for their issuer
 */
public record FindAchievementsQuery(@NotNull Actor actor, Identity owner, AchievementRole role, IssuerId issuer,
        @Size(max = 100) Set<@NotNull CategoryId> categories, TimeWindow awarded, TitleSearch title,
        boolean newOnly, AwardSort sort, SortDirection direction, @NotNull PageRequest page,
        @Size(max = 100) Set<@NotNull AwardId> awards) {

    /** The achievements an identity received (the caller's own when null), newest first, on a page. */
    public static FindAchievementsQuery receivedBy(Actor actor, Identity owner, PageRequest page) {
        return new FindAchievementsQuery(actor, owner, AchievementRole.RECEIVED, null, Set.of(), TimeWindow.ALWAYS,
                null, false, AwardSort.AWARDED, SortDirection.DESC, page, Set.of());
    }

    /**
     * The achievements awarded by the issuers an identity owns (or, when null, by the caller's own
     * issuer or issuers), newest first, on a page.
     */
    public static FindAchievementsQuery awardedBy(Actor actor, Identity owner, PageRequest page) {
        return receivedBy(actor, owner, page).inRole(AchievementRole.AWARDED);
    }

    /** This query for achievements received or awarded; received when null. */
    public FindAchievementsQuery inRole(AchievementRole value) {
        return new FindAchievementsQuery(actor, owner, value, issuer, categories, awarded, title, newOnly, sort,
                direction, page, awards);
    }

    /** This query narrowed to one issuer's awards, or not when null. */
    public FindAchievementsQuery ofIssuer(IssuerId value) {
        return new FindAchievementsQuery(actor, owner, role, value, categories, awarded, title, newOnly, sort,
                direction, page, awards);
    }

    /** This query narrowed to templates in any of these categories. */
    public FindAchievementsQuery inCategories(Set<CategoryId> value) {
        return new FindAchievementsQuery(actor, owner, role, issuer, value, awarded, title, newOnly, sort, direction,
                page, awards);
    }

    /** This query narrowed to awards made within a window. */
    public FindAchievementsQuery awardedWithin(TimeWindow value) {
        return new FindAchievementsQuery(actor, owner, role, issuer, categories, value, title, newOnly, sort,
                direction, page, awards);
    }

    /** This query narrowed to templates whose title matches, or not when null. */
    public FindAchievementsQuery titled(TitleSearch value) {
        return new FindAchievementsQuery(actor, owner, role, issuer, categories, awarded, value, newOnly, sort,
                direction, page, awards);
    }

    /** This query narrowed to awards their holders have not viewed yet, or not. */
    public FindAchievementsQuery newOnly(boolean value) {
        return new FindAchievementsQuery(actor, owner, role, issuer, categories, awarded, title, value, sort,
                direction, page, awards);
    }

    /** This query narrowed to some awards, to learn in one query which of them are the owner's. */
    public FindAchievementsQuery onlyAwards(Set<AwardId> value) {
        return new FindAchievementsQuery(actor, owner, role, issuer, categories, awarded, title, newOnly, sort,
                direction, page, value);
    }

    /** This query sorted by a key in a direction; either null keeps the default (newest award first). */
    public FindAchievementsQuery sortedBy(AwardSort key, SortDirection order) {
        return new FindAchievementsQuery(actor, owner, role, issuer, categories, awarded, title, newOnly, key, order,
                page, awards);
    }
}
