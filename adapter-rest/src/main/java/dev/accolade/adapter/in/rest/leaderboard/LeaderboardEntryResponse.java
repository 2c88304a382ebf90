package dev.accolade.adapter.in.rest.leaderboard;

import dev.accolade.adapter.in.rest.json.RecipientJson;
import dev.accolade.application.leaderboard.LeaderboardEntry;
import dev.accolade.domain.score.Standing;

/**
 * One line of a leaderboard.
 *
 * @param rank its position, from 1
 * @param subject the subject's identity; an email address the reader may not see reads as {@code {"key": "email"}}
 * @param name the display name of the member who claims the identity, or {@code null}
 * @param points its points in the period
 * @param reachedAt when it reached them (of equal scores, the earlier ranks higher)
 */
public record LeaderboardEntryResponse(long rank, RecipientJson subject, String name, long points,
        String reachedAt) {

    /** The response for one line. */
    public static LeaderboardEntryResponse from(LeaderboardEntry entry) {
        Standing standing = entry.standing();
        return new LeaderboardEntryResponse(standing.rank(),
                RecipientJson.from(standing.subject(), entry.subjectVisible()), entry.name().orElse(null),
                standing.points(), standing.reachedAt().toString());
    }
}
