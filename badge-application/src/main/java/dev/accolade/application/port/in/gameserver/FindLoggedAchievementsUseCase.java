package dev.accolade.application.port.in.gameserver;

import dev.accolade.application.paging.Page;

/** Lists a server's achievements read from its log. */
public interface FindLoggedAchievementsUseCase {

    /** A page of them, newest first. */
    Page<LoggedAchievementView> findLoggedAchievements(FindLoggedAchievementsQuery query);
}
