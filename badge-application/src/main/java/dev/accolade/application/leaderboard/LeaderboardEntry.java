package dev.accolade.application.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.score.Standing;
import java.util.Optional;

/**
 * One line of a leaderboard as its reader may see it.
 *
 * @param standing the subject, its points, when it reached them and its rank
 * @param subjectVisible whether the reader may see the subject's key: always, except an email address for
 *     readers who do not act for the issuer
 * @param name the display name of the member who claims the subject identity, if one does
 */
public record LeaderboardEntry(Standing standing, boolean subjectVisible, Optional<String> name) {

    /** Checks every part is present. */
    public LeaderboardEntry {
        requireNonNull(standing, "standing");
        requireNonNull(name, "name");
    }
}
