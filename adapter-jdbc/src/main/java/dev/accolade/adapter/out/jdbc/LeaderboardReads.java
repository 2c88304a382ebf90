package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Standing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The reads of a leaderboard, each served by {@code ix_leaderboard_rank} on (issuer, period, points desc,
 * reached at, subject): a page is a range from the top, or after the previous page's last line two ranges (the
 * rest of its tie group from that line on, then the lower scores), so that no read walks a tie group from its
 * far end; a rank is
 * one plus the subjects with more points and those of the same points who reached them earlier, summed over
 * the tallies ({@link LeaderboardTallies}: blocks of points, bands, tie runs) and a count of at most about
 * 1,024 lines of the subject's own tie run (a range of the index); the neighbours
 * above are short ranges of {@code ix_leaderboard_climb} (its tie group, then higher scores), the same
 * columns the other way round (H2 reads no
 * index backwards). Each order names the issuer and period first, as the index does, so that H2 sees the
 * index delivers it.
 */
final class LeaderboardReads {

    private static final String BOARD = " FROM leaderboard_score WHERE issuer_id = :issuer AND period = :period";
    /**
     * The lines of the same points ranked before (:points, :reached, :subject); the bound on reached_at alone
     * lets H2 start the range at the line itself instead of walking the tie group from its far end.
     */
    private static final String TIED_BEFORE = " AND points = :points AND reached_at <= :reached"
            + " AND (reached_at < :reached OR subject < :subject)";
    /** The lines of the same points ranked after it, bounded likewise. */
    private static final String TIED_AFTER = " AND points = :points AND reached_at >= :reached"
            + " AND (reached_at > :reached OR subject > :subject)";
    /*
     * The other scores are bounded inclusively (points <= p - 1, points >= p + 1): given an exclusive bound, H2
     * seeks to the bound's own points and walks their whole tie group before the first line it wants.
     */
    private static final String DOWN = " ORDER BY issuer_id, period, points DESC, reached_at, subject LIMIT :limit";
    private static final String UP = " ORDER BY issuer_id, period, points, reached_at DESC, subject DESC LIMIT :limit";

    private final JdbiTransactions transactions;

    LeaderboardReads(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    Optional<Standing> standing(IssuerId issuer, String period, Identity subject) {
        Optional<Line> line = transactions.current().reading().createQuery("SELECT subject, points, reached_at"
                + BOARD + " AND subject = :subject AND points > 0").bind("issuer", issuer.value())
                .bind("period", period).bind("subject", subject.key()).map(LeaderboardReads::line).findOne();
        Handle handle = transactions.current().reading();
        return line.map(mine -> mine.at(1 + LeaderboardTallies.higher(handle, issuer, period, mine.points())
                + LeaderboardTallies.earlierTies(handle, issuer, period, mine.points(), mine.reachedAt(),
                        mine.subject().key())));
    }

    /**
     * A page from the top, or the lines after a standing: those of its points after it, then (when the page is
     * not full) those with fewer points, each a range of the index from where it starts.
     */
    List<Standing> ranking(IssuerId issuer, String period, Optional<Standing> after, int limit) {
        List<Line> lines = new ArrayList<>(after.map(last -> lines(issuer, period, TIED_AFTER + DOWN, last, limit))
                .orElse(List.of()));
        if (lines.size() < limit) {
            Query rest = transactions.current().reading().createQuery("SELECT subject, points, reached_at" + BOARD
                    + " AND points > 0" + (after.isPresent() ? " AND points <= :below" : "") + DOWN)
                    .bind("issuer", issuer.value()).bind("period", period).bind("limit", limit - lines.size());
            after.ifPresent(last -> rest.bind("below", last.points() - 1));
            lines.addAll(rest.map(LeaderboardReads::line).list());
        }
        long start = after.map(Standing::rank).orElse(0L);
        List<Standing> standings = new ArrayList<>();
        for (Line line : lines) {
            standings.add(line.at(start + standings.size() + 1));
        }
        return standings;
    }

    /** The lines just above a standing, nearest first: those of its points before it, then those with more. */
    List<Standing> above(IssuerId issuer, String period, Standing of, int limit) {
        List<Line> lines = new ArrayList<>(lines(issuer, period, TIED_BEFORE + UP, of, limit));
        if (lines.size() < limit) {
            lines.addAll(transactions.current().reading().createQuery("SELECT subject, points, reached_at" + BOARD
                    + " AND points >= :above" + UP).bind("issuer", issuer.value()).bind("period", period)
                    .bind("above", of.points() + 1).bind("limit", limit - lines.size()).map(LeaderboardReads::line)
                    .list());
        }
        List<Standing> above = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            above.add(lines.get(i).at(of.rank() - 1 - i));
        }
        Collections.reverse(above);
        return above;
    }

    private List<Line> lines(IssuerId issuer, String period, String range, Standing from, int limit) {
        return transactions.current().reading().createQuery("SELECT subject, points, reached_at" + BOARD + range)
                .bind("issuer", issuer.value()).bind("period", period).bind("points", from.points())
                .bind("reached", from.reachedAt()).bind("subject", from.subject().key()).bind("limit", limit)
                .map(LeaderboardReads::line).list();
    }

    private static Line line(ResultSet row, StatementContext context) throws SQLException {
        return new Line(Identity.parse(row.getString("subject")), row.getLong("points"),
                Rows.instant(row, "reached_at"));
    }

    /** One line of a board before its rank is known. */
    private record Line(Identity subject, long points, Instant reachedAt) {

        Standing at(long rank) {
            return new Standing(subject, points, reachedAt, rank);
        }
    }
}
