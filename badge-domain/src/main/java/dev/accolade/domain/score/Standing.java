package dev.accolade.domain.score;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.identity.Identity;
import java.time.Instant;

/**
 * A subject's place on a leaderboard: more points rank higher, and of equal scores the one reached first.
 *
 * @param subject the identity whose awards scored the points
 * @param points its points in the period
 * @param reachedAt when its score last changed to this value
 * @param rank its position, from 1
 */
public record Standing(Identity subject, long points, Instant reachedAt, long rank) {

    /** Checks every part. */
    public Standing {
        requireNonNull(subject, "subject");
        requireNonNull(reachedAt, "reachedAt");
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1");
        }
    }

    /** Whether this standing ranks above another score: more points, or as many reached earlier. */
    public boolean ranksAbove(long otherPoints, Instant otherReachedAt, Identity other) {
        if (points != otherPoints) {
            return points > otherPoints;
        }
        if (!reachedAt.equals(otherReachedAt)) {
            return reachedAt.isBefore(otherReachedAt);
        }
        return subject.key().compareTo(other.key()) < 0;
    }
}
