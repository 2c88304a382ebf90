package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The runs of a tie group in {@code leaderboard_tie}: the lines of a bucket with the same points, cut by
 * reaching time into runs of about {@link #RUN} entries. A line belongs to the run with the latest
 * {@code opened_at} not after its {@code reached_at}; a new run opens only for a line later than every line
 * the newest full run ever took ({@code last_at}), and a line earlier than every run moves the first run's
 * start back, so that each run's range holds exactly the lines counted in it, in whatever order they come.
 * Writers of one group take turns on its score band's row, locked before (see {@link LeaderboardTallies}).
 */
final class TieRuns {

    /** How many entries a run takes before the next later line opens a new one. */
    static final long RUN = 1024;

    private static final String GROUP = " FROM leaderboard_tie WHERE issuer_id = :issuer AND period = :period"
            + " AND points = :points";
    private static final String NEWEST_FIRST = " ORDER BY issuer_id, period, points, opened_at DESC LIMIT 1";
    private static final String COLUMNS = "SELECT opened_at, last_at, entries";

    /** A run as its newest writer sees it. */
    record Run(Instant openedAt, Instant lastAt, long entries) {
    }

    /** The run a time falls in: the latest opened at or before it; empty when it is earlier than every run. */
    Optional<Run> runOf(Handle handle, IssuerId issuer, String period, long points, Instant at) {
        return handle.createQuery(COLUMNS + GROUP + " AND opened_at <= :at" + NEWEST_FIRST)
                .bind("issuer", issuer.value()).bind("period", period).bind("points", points).bind("at", at)
                .map((row, context) -> new Run(Rows.instant(row, "opened_at"), Rows.instant(row, "last_at"),
                        row.getLong("entries"))).findOne();
    }

    /** How many lines the runs opened before a time hold. */
    long before(Handle handle, IssuerId issuer, String period, long points, Instant openedAt) {
        return handle.createQuery("SELECT COALESCE(SUM(subjects), 0)" + GROUP + " AND opened_at < :opened")
                .bind("issuer", issuer.value()).bind("period", period).bind("points", points)
                .bind("opened", openedAt).mapTo(Long.class).one();
    }

    /** Counts a line that reached these points at a time into its run, opening a run when it must. */
    void enter(Handle handle, IssuerId issuer, String period, long points, Instant at) {
        Optional<Run> newest = handle.createQuery(COLUMNS + GROUP + NEWEST_FIRST).bind("issuer", issuer.value())
                .bind("period", period).bind("points", points)
                .map((row, context) -> new Run(Rows.instant(row, "opened_at"), Rows.instant(row, "last_at"),
                        row.getLong("entries"))).findOne();
        if (newest.isEmpty()) {
            open(handle, issuer, period, points, at);
            return;
        }
        Optional<Run> run = at.isBefore(newest.get().openedAt()) ? runOf(handle, issuer, period, points, at)
                : newest;
        if (run.isEmpty()) {
            Instant first = handle.createQuery("SELECT opened_at" + GROUP
                    + " ORDER BY issuer_id, period, points, opened_at LIMIT 1").bind("issuer", issuer.value())
                    .bind("period", period).bind("points", points)
                    .map((row, context) -> Rows.instant(row, "opened_at")).one();
            update(handle, issuer, period, points, first, "opened_at = :at, subjects = subjects + 1,"
                    + " entries = entries + 1", at);
        } else if (run.get().entries() >= RUN && at.isAfter(run.get().lastAt())) {
            open(handle, issuer, period, points, at);
        } else {
            update(handle, issuer, period, points, run.get().openedAt(), "subjects = subjects + 1,"
                    + " entries = entries + 1, last_at = CASE WHEN last_at < :at THEN :at ELSE last_at END", at);
        }
    }

    /** Takes a line that had reached these points at a time out of its run. */
    void leave(Handle handle, IssuerId issuer, String period, long points, Instant reachedAt) {
        Run run = runOf(handle, issuer, period, points, reachedAt).orElseThrow(() -> new IllegalStateException(
                "no tie run holds a line of " + points + " points in " + period));
        update(handle, issuer, period, points, run.openedAt(), "subjects = subjects - 1", reachedAt);
    }

    private static void open(Handle handle, IssuerId issuer, String period, long points, Instant at) {
        handle.createUpdate("INSERT INTO leaderboard_tie (issuer_id, period, points, opened_at, last_at, entries,"
                + " subjects) VALUES (:issuer, :period, :points, :at, :at, 1, 1)").bind("issuer", issuer.value())
                .bind("period", period).bind("points", points).bind("at", at).execute();
    }

    private static void update(Handle handle, IssuerId issuer, String period, long points, Instant openedAt,
            String sets, Instant at) {
        Update update = handle.createUpdate("UPDATE leaderboard_tie SET " + sets + " WHERE issuer_id = :issuer"
                + " AND period = :period AND points = :points AND opened_at = :opened").bind("issuer", issuer.value())
                .bind("period", period).bind("points", points).bind("opened", openedAt);
        int updated = (sets.contains(":at") ? update.bind("at", at) : update).execute();
        if (updated != 1) {
            throw new IllegalStateException("tie run of " + points + " points in " + period + " not found");
        }
    }
}
