package dev.accolade.application.leaderboard;

import dev.accolade.application.paging.Page;

/** Pages an issuer's leaderboard for a period, best first; anyone may read it. */
public interface GetLeaderboardUseCase {

    /**
     * A page of the ranking: {@code issuer_not_found}, {@code period_invalid}, {@code cursor_invalid} for a
     * cursor this board did not give out.
     */
    Page<LeaderboardEntry> getLeaderboard(LeaderboardQuery query);
}
