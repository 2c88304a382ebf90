package dev.accolade.application.leaderboard;

import dev.accolade.application.paging.Cursor;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.score.Standing;
import java.time.Instant;

/** A leaderboard page's end as a cursor: the last standing's points, time reached and subject, and its rank. */
final class LeaderboardCursor {

    private LeaderboardCursor() {
    }

    /** The cursor after a standing. */
    static Cursor after(Standing last) {
        return new Cursor(last.points() + " " + last.reachedAt() + " " + last.subject().key(), last.rank());
    }

    /** The standing a cursor ends after, or {@code cursor_invalid}. */
    static Standing standing(Cursor cursor) {
        try {
            String[] parts = cursor.key().split(" ", 3);
            return new Standing(Identity.parse(parts[2]), Long.parseLong(parts[0]), Instant.parse(parts[1]),
                    cursor.id());
        } catch (RuntimeException e) {
            throw DomainException.invalid("cursor_invalid", "The cursor is not one this leaderboard gave out.");
        }
    }
}
