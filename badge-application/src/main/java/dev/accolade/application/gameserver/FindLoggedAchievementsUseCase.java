package dev.accolade.application.gameserver;

import dev.accolade.application.paging.Page;

/** Lists a server's achievements read from its log. */
public interface FindLoggedAchievementsUseCase {

    /** A page of them, newest first. */
    Page<LoggedAchievementView> findLoggedAchievements(FindLoggedAchievementsQuery query);
}
