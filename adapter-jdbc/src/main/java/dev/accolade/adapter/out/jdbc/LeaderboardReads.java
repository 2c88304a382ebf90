package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Standing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * The reads of a leaderboard, each served by {@code ix_leaderboard_rank} on (issuer, period, points desc,
 * reached at, subject): a page is a range from the top or after the previous page's last line; a rank is
 * one plus the sum of the score bands above (a range of {@code leaderboard_band}'s key, one row per distinct
 * score) plus the count of the same score's lines before one (a range within the tie group); the neighbours
 * above are a short range of {@code ix_leaderboard_climb}, the same columns the other way round (H2 reads no
 * index backwards). Each order names the issuer and period first, as the index does, so that H2 sees the
 * index delivers it.
 */
final class LeaderboardReads {

    private static final String BOARD = " FROM leaderboard_score WHERE issuer_id = :issuer AND period = :period";
    /** The lines ranked before (:points, :reached, :subject). */
    private static final String BEFORE = " AND points >= :points AND (points > :points OR reached_at < :reached"
            + " OR (reached_at = :reached AND subject < :subject))";
    /** The lines of the same points ranked before (:points, :reached, :subject). */
    private static final String TIED_BEFORE = " AND points = :points AND (reached_at < :reached"
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
        return line.map(mine -> mine.at(1 + higherBands(issuer, period, mine.points()) + earlierTies(issuer, period,
                mine)));
    }

    /** How many subjects have more points: the sum of the bands above, one line per distinct score. */
    private long higherBands(IssuerId issuer, String period, long points) {
        return transactions.current().reading().createQuery("SELECT COALESCE(SUM(subjects), 0) FROM leaderboard_band"
                + " WHERE issuer_id = :issuer AND period = :period AND points > :points").bind("issuer", issuer.value())
                .bind("period", period).bind("points", points).mapTo(Long.class).one();
    }

    /** How many subjects with the same points reached them before: a range of the tie group. */
    private long earlierTies(IssuerId issuer, String period, Line mine) {
        return transactions.current().reading().createQuery("SELECT COUNT(*)" + BOARD + TIED_BEFORE)
                .bind("issuer", issuer.value()).bind("period", period).bind("points", mine.points())
                .bind("reached", mine.reachedAt()).bind("subject", mine.subject().key()).mapTo(Long.class).one();
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
