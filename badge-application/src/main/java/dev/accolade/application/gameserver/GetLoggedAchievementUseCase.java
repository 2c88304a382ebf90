package dev.accolade.application.gameserver;

/** Finds one achievement read from a server's log. */
public interface GetLoggedAchievementUseCase {

    /** The achievement, or {@code achievement_not_found}. */
    LoggedAchievementView getLoggedAchievement(LoggedAchievementReference reference);
}
