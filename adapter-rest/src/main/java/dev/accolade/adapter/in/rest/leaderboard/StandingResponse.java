package dev.accolade.adapter.in.rest.leaderboard;

import dev.accolade.application.leaderboard.SubjectStanding;
import java.util.List;

/**
 * A subject's standing on a leaderboard with its neighbours.
 *
 * @param subject the identity key asked about
 * @param ranked whether it has points in the period
 * @param entry its line, {@code null} when it has none
 * @param above the lines just above it, best first
 * @param below the lines just below it, best first
 */
public record StandingResponse(String subject, boolean ranked, LeaderboardEntryResponse entry,
        List<LeaderboardEntryResponse> above, List<LeaderboardEntryResponse> below) {

    /** The response for a standing. */
    public static StandingResponse from(SubjectStanding standing) {
        return new StandingResponse(standing.subject().key(), standing.entry().isPresent(),
                standing.entry().map(LeaderboardEntryResponse::from).orElse(null),
                standing.above().stream().map(LeaderboardEntryResponse::from).toList(),
                standing.below().stream().map(LeaderboardEntryResponse::from).toList());
    }
}
