package dev.accolade.application.leaderboard;

/**
 * The leaderboards feature: issuers' subjects ranked by the points of their live, unexpired awards, per period.
 */
public interface Leaderboards extends GetLeaderboardUseCase, GetStandingUseCase, ExpireAwardsUseCase {
}
