package dev.accolade.application.port.out.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TitleSearch;
import java.util.Optional;
import java.util.Set;

/**
 * Which awards to list and in which order. Every present filter must match.
 *
 * @param holder only awards held by this member
 * @param recipient only awards addressed to this identity
 * @param issuers only awards of these issuers, when not empty
 * @param template only awards of this template
 * @param categories only awards whose template's live version is in one of these categories, when not empty
 * @param awarded only awards made within this window
 * @param title only awards whose template's live title contains this text, when present
 * @param newOnly only awards the holder has not viewed
 * @param includeRevoked whether revoked awards are listed too
 * @param sort the sort key
 * @param direction the sort direction
 * @param ids only these awards, when not empty
 */
public record AwardQuery(Optional<MemberId> holder, Optional<Identity> recipient, Set<IssuerId> issuers,
        Optional<TemplateId> template, Set<CategoryId> categories, TimeWindow awarded,
        Optional<TitleSearch> title, boolean newOnly, boolean includeRevoked, AwardSort sort,
        SortDirection direction, Set<AwardId> ids) {

    /** Copies the sets and checks every part is present. */
    public AwardQuery {
        requireNonNull(holder, "holder");
        requireNonNull(recipient, "recipient");
        issuers = Set.copyOf(issuers);
        requireNonNull(template, "template");
        categories = Set.copyOf(categories);
        requireNonNull(awarded, "awarded");
        requireNonNull(title, "title");
        requireNonNull(sort, "sort");
        requireNonNull(direction, "direction");
        ids = Set.copyOf(ids);
    }

    /** All live awards, newest first; narrow it with the {@code with…} methods. */
    public static AwardQuery all() {
        return new AwardQuery(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Set.of(),
                TimeWindow.ALWAYS, Optional.empty(), false, false, AwardSort.AWARDED, SortDirection.DESC, Set.of());
    }

    /** This query, for awards held by a member. */
    public AwardQuery withHolder(MemberId member) {
        return new AwardQuery(Optional.of(member), recipient, issuers, template, categories, awarded, title, newOnly,
                includeRevoked, sort, direction, ids);
    }

    /** This query, for awards addressed to an identity. */
    public AwardQuery withRecipient(Identity identity) {
        return new AwardQuery(holder, Optional.of(identity), issuers, template, categories, awarded, title, newOnly,
                includeRevoked, sort, direction, ids);
    }

    /** This query, for awards of some issuers. */
    public AwardQuery withIssuers(Set<IssuerId> newIssuers) {
        return new AwardQuery(holder, recipient, newIssuers, template, categories, awarded, title, newOnly,
                includeRevoked, sort, direction, ids);
    }

    /** This query, for awards of one template. */
    public AwardQuery withTemplate(TemplateId id) {
        return new AwardQuery(holder, recipient, issuers, Optional.of(id), categories, awarded, title, newOnly,
                includeRevoked, sort, direction, ids);
    }

    /** This query, for awards whose template is in one of some categories. */
    public AwardQuery withCategories(Set<CategoryId> newCategories) {
        return new AwardQuery(holder, recipient, issuers, template, newCategories, awarded, title, newOnly,
                includeRevoked, sort, direction, ids);
    }

    /** This query, for awards made within a window. */
    public AwardQuery awardedWithin(TimeWindow window) {
        return new AwardQuery(holder, recipient, issuers, template, categories, window, title, newOnly,
                includeRevoked, sort, direction, ids);
    }

    /** This query, for awards whose template's live title contains a text. */
    public AwardQuery titled(TitleSearch search) {
        return new AwardQuery(holder, recipient, issuers, template, categories, awarded, Optional.of(search),
                newOnly, includeRevoked, sort, direction, ids);
    }

    /** This query, for unviewed awards only. */
    public AwardQuery newOnly(boolean value) {
        return new AwardQuery(holder, recipient, issuers, template, categories, awarded, title, value,
                includeRevoked, sort, direction, ids);
    }

    /** This query, with or without revoked awards. */
    public AwardQuery includingRevoked(boolean value) {
        return new AwardQuery(holder, recipient, issuers, template, categories, awarded, title, newOnly,
                value, sort, direction, ids);
    }

    /** This query, for these awards only. */
    public AwardQuery withIds(Set<AwardId> wanted) {
        return new AwardQuery(holder, recipient, issuers, template, categories, awarded, title, newOnly,
                includeRevoked, sort, direction, wanted);
    }

    /** This query, in another order. */
    public AwardQuery sortedBy(AwardSort newSort, SortDirection newDirection) {
        return new AwardQuery(holder, recipient, issuers, template, categories, awarded, title, newOnly,
                includeRevoked, newSort, newDirection, ids);
    }
}
