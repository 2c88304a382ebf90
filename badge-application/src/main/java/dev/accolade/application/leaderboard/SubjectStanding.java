package dev.accolade.application.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.identity.Identity;
import java.util.List;
import java.util.Optional;

/**
 * A subject's place on a leaderboard with its neighbours.
 *
 * @param subject the subject asked about
 * @param entry its line, empty when it has no points in the period
 * @param above the lines just above it, best first; empty when it has no line
 * @param below the lines just below it, best first; empty when it has no line
 */
public record SubjectStanding(Identity subject, Optional<LeaderboardEntry> entry, List<LeaderboardEntry> above,
        List<LeaderboardEntry> below) {

    /** Checks every part is present and copies the lists. */
    public SubjectStanding {
        requireNonNull(subject, "subject");
        requireNonNull(entry, "entry");
        above = List.copyOf(above);
        below = List.copyOf(below);
    }
}
