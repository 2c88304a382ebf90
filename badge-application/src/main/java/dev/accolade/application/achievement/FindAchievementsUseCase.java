package dev.accolade.application.achievement;

import dev.accolade.application.award.AwardView;
import dev.accolade.application.paging.Page;

/**
 * Lists achievements by owner identity, received or given, filtered and sorted, keyset-paged. An
 * identity a member claims stands for everything that member holds.
 */
public interface FindAchievementsUseCase {

    /** One page of awards with their templates. */
    Page<AwardView> findAchievements(FindAchievementsQuery query);
}
