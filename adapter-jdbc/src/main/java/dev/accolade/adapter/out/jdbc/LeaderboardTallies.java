package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * What a rank is summed from, kept as a subject's score in a bucket moves: the score bands
 * ({@code leaderboard_band}, subjects per points), the blocks of 1,024 and of 1,048,576 points
 * ({@code leaderboard_block}) and the runs of each tie group ({@link TieRuns}). The subjects with more points
 * than {@code p} are then at most about 1,024 blocks of 2^20 points above p's, 1,023 blocks of 2^10 points
 * within it and 1,023 bands within p's block of 2^10.
 *
 * <p>A move takes rows in one order whatever its direction: the lower score's band then its tie run, the
 * higher score's band then its run, then the blocks, narrow before wide and lower before higher, so that
 * concurrent units of work on PostgreSQL have no deadlock to break between them; a band's row, locked first,
 * keeps the writers of its tie group in turns.
 */
final class LeaderboardTallies {

    /** The widths of the blocks, in bits of points: blocks of 1,024 and of 1,048,576 points. */
    static final int NARROW = 10;
    static final int WIDE = 20;

    private final ScoreCounts counts;
    private final TieRuns ties = new TieRuns();

    LeaderboardTallies(ScoreCounts counts) {
        this.counts = counts;
    }

    /** A subject's line in a bucket: its points (0 for none) and when it reached them. */
    record Line(long points, Instant reachedAt) {
    }

    /** Moves a subject's line from where it was (points 0: on no band) to its new points, reached then. */
    void move(Handle handle, IssuerId issuer, String period, Line before, Line after) {
        boolean rising = after.points() > before.points();
        Line lower = rising ? before : after;
        Line higher = rising ? after : before;
        if (lower.points() > 0) {
            shift(handle, issuer, period, lower, !rising);
        }
        shift(handle, issuer, period, higher, rising);
        for (int width : new int[] {NARROW, WIDE}) {
            long from = before.points() >> width;
            long to = after.points() >> width;
            if (before.points() > 0 && after.points() > 0 && from == to) {
                continue;
            }
            if (before.points() > 0 && (after.points() == 0 || from < to)) {
                addToBlock(handle, issuer, period, width, from, -1);
            }
            if (after.points() > 0) {
                addToBlock(handle, issuer, period, width, to, 1);
            }
            if (before.points() > 0 && after.points() > 0 && from > to) {
                addToBlock(handle, issuer, period, width, from, -1);
            }
        }
    }

    /** Adds a line to its band and tie run, or takes it out. */
    private void shift(Handle handle, IssuerId issuer, String period, Line line, boolean entering) {
        counts.add(handle, "leaderboard_band", Map.of("issuer_id", issuer.value(), "period", period,
                "points", line.points()), "subjects", entering ? 1 : -1, Map.of());
        if (entering) {
            ties.enter(handle, issuer, period, line.points(), line.reachedAt());
        } else {
            ties.leave(handle, issuer, period, line.points(), line.reachedAt());
        }
    }

    private void addToBlock(Handle handle, IssuerId issuer, String period, int width, long block, long subjects) {
        counts.add(handle, "leaderboard_block", Map.of("issuer_id", issuer.value(), "period", period,
                "width", width, "block", block), "subjects", subjects, Map.of());
    }

    /** How many subjects of a bucket have more points than these: three short sums over the tallies' keys. */
    static long higher(Handle handle, IssuerId issuer, String period, long points) {
        long wide = points >> WIDE;
        long narrow = points >> NARROW;
        return sum(handle, "leaderboard_block", "width = " + WIDE + " AND block > :from", issuer, period, wide,
                Long.MAX_VALUE)
                + sum(handle, "leaderboard_block", "width = " + NARROW + " AND block > :from AND block < :to", issuer,
                        period, narrow, (wide + 1) << (WIDE - NARROW))
                + sum(handle, "leaderboard_band", "points > :from AND points < :to", issuer, period, points,
                        (narrow + 1) << NARROW);
    }

    /**
     * How many lines of a tie group reached its points before one: the runs before the line's own, and a count of
     * its run's lines before it (a range of {@code ix_leaderboard_rank}); the whole group's lines before it when
     * no run holds the line.
     */
    static long earlierTies(Handle handle, IssuerId issuer, String period, long points, Instant reachedAt,
            String subject) {
        TieRuns ties = new TieRuns();
        Optional<TieRuns.Run> run = ties.runOf(handle, issuer, period, points, reachedAt);
        long runs = run.map(own -> ties.before(handle, issuer, period, points, own.openedAt())).orElse(0L);
        Query count = handle.createQuery("SELECT COUNT(*) FROM leaderboard_score WHERE issuer_id = :issuer"
                + " AND period = :period AND points = :points" + (run.isPresent() ? " AND reached_at >= :opened" : "")
                + " AND reached_at <= :reached AND (reached_at < :reached OR subject < :subject)")
                .bind("issuer", issuer.value()).bind("period", period).bind("points", points)
                .bind("reached", reachedAt).bind("subject", subject);
        run.ifPresent(own -> count.bind("opened", own.openedAt()));
        return runs + count.mapTo(Long.class).one();
    }

    private static long sum(Handle handle, String table, String range, IssuerId issuer, String period, long from,
            long to) {
        Query query = handle.createQuery("SELECT COALESCE(SUM(subjects), 0) FROM " + table
                + " WHERE issuer_id = :issuer AND period = :period AND " + range).bind("issuer", issuer.value())
                .bind("period", period).bind("from", from);
        return (range.contains(":to") ? query.bind("to", to) : query).mapTo(Long.class).one();
    }
}
