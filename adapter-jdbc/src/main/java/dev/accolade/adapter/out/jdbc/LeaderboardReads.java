package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Standing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The reads of a leaderboard, each served by {@code ix_leaderboard_rank} on (issuer, period, points desc,
 * reached at, subject): a page is a range from the top or after the previous page's last line; a rank is
 * one plus the subjects with more points and those of the same points who reached them earlier, summed over
 * the tallies ({@link LeaderboardTallies}: blocks of points, bands, tie runs) and a count of at most about
 * 1,024 lines of the subject's own tie run (a range of the index); the neighbours
 * above are a short range of {@code ix_leaderboard_climb}, the same columns the other way round (H2 reads no
 * index backwards). Each order names the issuer and period first, as the index does, so that H2 sees the
 * index delivers it.
 */
final class LeaderboardReads {

    private static final String BOARD = " FROM leaderboard_score WHERE issuer_id = :issuer AND period = :period";
    /** The lines ranked before (:points, :reached, :subject). */
    private static final String BEFORE = " AND points >= :points AND (points > :points OR reached_at < :reached"
            + " OR (reached_at = :reached AND subject < :subject))";
    /** The lines ranked after it, with points. */
    private static final String AFTER = " AND points > 0 AND points <= :points AND (points < :points"
            + " OR reached_at > :reached OR (reached_at = :reached AND subject > :subject))";

    private final JdbiTransactions transactions;

    LeaderboardReads(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    Optional<Standing> standing(IssuerId issuer, String period, Identity subject) {
        Optional<Line> line = transactions.current().reading().createQuery("SELECT subject, points, reached_at"
                + BOARD + " AND subject = :subject AND points > 0").bind("issuer", issuer.value())
                .bind("period", period).bind("subject", subject.key()).map((row, context) -> new Line(
                        Identity.parse(row.getString("subject")), row.getLong("points"),
                        Rows.instant(row, "reached_at"))).findOne();
        Handle handle = transactions.current().reading();
        return line.map(mine -> mine.at(1 + LeaderboardTallies.higher(handle, issuer, period, mine.points())
                + LeaderboardTallies.earlierTies(handle, issuer, period, mine.points(), mine.reachedAt(),
                        mine.subject().key())));
    }

    List<Standing> ranking(IssuerId issuer, String period, Optional<Standing> after, int limit) {
        Query query = transactions.current().reading().createQuery("SELECT subject, points, reached_at" + BOARD
                + (after.isPresent() ? AFTER : " AND points > 0")
                + " ORDER BY issuer_id, period, points DESC, reached_at, subject LIMIT :limit")
                .bind("issuer", issuer.value()).bind("period", period).bind("limit", limit);
        after.ifPresent(last -> query.bind("points", last.points()).bind("reached", last.reachedAt())
                .bind("subject", last.subject().key()));
        List<Line> lines = query.map((row, context) -> new Line(Identity.parse(row.getString("subject")),
                row.getLong("points"), Rows.instant(row, "reached_at"))).list();
        long start = after.map(Standing::rank).orElse(0L);
        List<Standing> standings = new ArrayList<>();
        for (Line line : lines) {
            standings.add(line.at(start + standings.size() + 1));
        }
        return standings;
    }

    List<Standing> above(IssuerId issuer, String period, Standing of, int limit) {
        List<Line> lines = transactions.current().reading().createQuery("SELECT subject, points, reached_at"
                + BOARD + BEFORE + " ORDER BY issuer_id, period, points, reached_at DESC, subject DESC LIMIT :limit")
                .bind("issuer", issuer.value()).bind("period", period).bind("points", of.points())
                .bind("reached", of.reachedAt()).bind("subject", of.subject().key()).bind("limit", limit)
                .map((row, context) -> new Line(Identity.parse(row.getString("subject")), row.getLong("points"),
                        Rows.instant(row, "reached_at"))).list();
        List<Standing> above = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            above.add(lines.get(i).at(of.rank() - 1 - i));
        }
        Collections.reverse(above);
        return above;
    }

    /** One line of a board before its rank is known. */
    private record Line(Identity subject, long points, Instant reachedAt) {

        Standing at(long rank) {
            return new Standing(subject, points, reachedAt, rank);
        }
    }
}
