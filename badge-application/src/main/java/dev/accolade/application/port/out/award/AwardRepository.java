package dev.accolade.application.port.out.award;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores awards. A non-repeatable template has at most one live award per recipient identity
 * ({@code award_already_exists}, on {@link Award#exclusivityKey()}).
 */
public interface AwardRepository {

    /** Adds a new award. */
    void insert(Award award);

    /** Adds new awards as one batch ({@code award_already_exists} as {@link #insert} when one is taken). */
    void insertAll(List<Award> awards);

    /** Replaces a stored award. */
    void update(Award award);

    /** The award with this id. */
    Optional<Award> findById(AwardId id);

    /** The oldest live award of the template to this identity, or to the member holding it. */
    Optional<Award> findActive(TemplateId template, Identity recipient, Optional<MemberId> holder);

    /**
     * The live awards of each grant's template to its recipient or to the member holding it, in one query, oldest
     * first: what {@link #findActive} finds for each grant, all together.
     */
    List<Award> findActiveAmong(Collection<Grant> grants);

    /** Awards addressed to any of these identities that have not reached a member yet. */
    List<Award> findUndelivered(Collection<Identity> recipients);

    /** One page of the awards a query selects. */
    Page<Award> find(AwardQuery query, PageRequest page);

    /** Count and latest time of the live awards of each of these templates; unawarded ones are absent. */
    Map<TemplateId, AwardStatistics> statistics(Collection<TemplateId> templates);

    /** Per recipient and template, count and latest time of an issuer's live awards to these identities. */
    List<RecipientStatistics> recipientStatistics(IssuerId issuer, Collection<Identity> recipients);

    /** The identities of an issuer's most recent live awards, newest first, each once, at most {@code limit}. */
    List<Identity> recentRecipients(IssuerId issuer, int limit);

    /**
     * The recipient identities of the template's live awards in order of identity key, each once: those after
     * {@code after} when given, at most {@code limit}. One range of an index on (template, recipient).
     */
    List<Identity> recipients(TemplateId template, Optional<String> after, int limit);

    /** Removes every award of a template. */
    void deleteByTemplate(TemplateId template);

    /** Hides an award from its holder's public profile, or shows it again. */
    void hideFromProfile(AwardId award, boolean hidden);

    /** Which of these awards their holders hid from their public profiles. */
    Set<AwardId> hiddenFromProfile(Collection<AwardId> awards);
}
