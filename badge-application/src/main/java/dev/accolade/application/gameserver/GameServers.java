package dev.accolade.application.gameserver;

/**
 * The game server feature: an issuer's registered servers, and the achievements their logs announced,
 * read by anyone who may see the server.
 */
public interface GameServers extends CreateGameServerUseCase, ListGameServersUseCase, GetGameServerUseCase,
        FindLoggedAchievementsUseCase, GetLoggedAchievementUseCase {
}
