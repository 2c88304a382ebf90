package dev.accolade.benchmarks;

import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.score.Standing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The leaderboard case: one issuer's all-time board of many subjects' scores in an H2 file, written by raw
 * batches, and the store's own reads of it timed in this JVM (the median of many): the top 10, and what
 * {@code ?subject=} reads (the subject's score and rank, two lines above, two below) for subjects at the
 * top, the middle and the bottom of the board. Issue 17 asks for 5 ms or less with 1,000,000 subjects.
 */
final class LeaderboardCase {

    private static final String PERIOD = "all";
    private static final long ISSUER = 1;
    private static final int BATCH = 10_000;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration MEASURING = Duration.ofSeconds(5);
    private static final int MIN_SAMPLES = 5;
    private static final long TOP_POINTS = 10_000;
    /** Untimed reads at every depth before any is timed, so that the first depth timed is not the JIT's. */
    private static final int WARM_UP = 50;

    private final int subjects;
    private final int repeats;
    private final Path directory;
    private final Spread spread;

    /** How the points are spread over the subjects. */
    enum Spread {
        /** {@code 1 + 10,000 (1 - n/subjects)^3}: a few high scores, many low ones. */
        STEEP,
        /** {@code subjects - n/2}: two subjects a score, half as many distinct scores as subjects. */
        PAIRS,
        /** Everyone on 10 points: one tie group the size of the board. */
        TIED
    }

    /**
     * A case over this many subjects spread so, each read repeated this many times, its database in the
     * directory.
     */
    LeaderboardCase(int subjects, int repeats, Path directory, Spread spread) {
        this.subjects = subjects;
        this.repeats = repeats;
        this.directory = directory;
        this.spread = spread;
    }

    /**
     * Runs this case alone: {@code LeaderboardCase [subjects] [steep|pairs|tied]}, 1,000,000 steep by default
     * (see {@link Spread}).
     */
    public static void main(String[] args) throws Exception {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Spread spread = args.length > 1 ? Spread.valueOf(args[1].toUpperCase(Locale.ROOT)) : Spread.STEEP;
        System.out.println(new LeaderboardCase(subjects, 200, Files.createTempDirectory("accolade-board"), spread)
                .measure());
    }

    /** Fills the board and reports the median time of each read. */
    String measure() {
        String url = "jdbc:h2:file:" + directory.resolve("board").toAbsolutePath();
        try (JdbcStore store = JdbcStore.open(JdbcSettings.of(url))) {
            store.transactions().inTransaction(() -> {
                store.issuers().insert(Issuer.create(new IssuerId(ISSUER), new IssuerSlug("board"), "Board",
                        Optional.empty(), START));
                return null;
            });
            long fillStarted = System.nanoTime();
            fill(url);
            double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
            ScoreRepository scores = store.scores();
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "%-44s %,d subjects on one board (%s), %,d distinct scores, filled in %.1f s"
                    + " (target <= 5 ms each)%n", "leaderboard reads (H2 file)", subjects,
                    spread.name().toLowerCase(Locale.ROOT), distinctScores(), fillSeconds));
            report.append(line("top 10", median(() -> read(store, () -> scores.ranking(new IssuerId(ISSUER),
                    PERIOD, Optional.empty(), 10)))));
            List<Integer> depths = List.of(1, subjects / 4, subjects / 2, subjects - subjects / 4, subjects);
            for (int i = 0; i < WARM_UP; i++) {
                for (int rank : depths) {
                    read(store, () -> standingWithNeighbours(scores, player(subjectAt(rank))));
                }
            }
            for (int rank : depths) {
                Identity subject = player(subjectAt(rank));
                report.append(line(String.format(Locale.ROOT, "?subject= at rank %,d", rank),
                        median(() -> read(store, () -> standingWithNeighbours(scores, subject)))));
            }
            return report.toString().stripTrailing();
        }
    }

    /** What {@code ?subject=…&neighbours=2} reads. */
    private static List<Standing> standingWithNeighbours(ScoreRepository scores, Identity subject) {
        IssuerId issuer = new IssuerId(ISSUER);
        Standing mine = scores.standing(issuer, PERIOD, subject).orElseThrow();
        List<Standing> lines = new ArrayList<>(scores.above(issuer, PERIOD, mine, 2));
        lines.add(mine);
        lines.addAll(scores.ranking(issuer, PERIOD, Optional.of(mine), 2));
        return lines;
    }

    private static <T> T read(JdbcStore store, Supplier<T> query) {
        return store.transactions().readOnly(query);
    }

    /** The median of {@code repeats} timed reads after a quarter as many untimed, or of those made in 5 s. */
    private double median(Runnable read) {
        for (int i = 0; i < Math.min(repeats / 4 + 1, 3); i++) {
            read.run();
        }
        List<Double> millis = new ArrayList<>();
        long budgetEnds = System.nanoTime() + MEASURING.toNanos();
        for (int i = 0; i < repeats && (i < MIN_SAMPLES || System.nanoTime() < budgetEnds); i++) {
            long started = System.nanoTime();
            read.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return Medians.of(millis);
    }

    private static String line(String label, double millis) {
        return String.format(Locale.ROOT, "    %-30s %8.3f ms%n", label, millis);
    }

    /**
     * The subject ranked at a position: points never rise as the number grows and, of equal points, the lower
     * number reached them first, so subject {@code rank - 1} is ranked {@code rank}.
     */
    private static int subjectAt(int rank) {
        return rank - 1;
    }

    private static Identity player(int number) {
        return Identity.handle("bench", "player" + number);
    }

    /**
     * Subject n's points, never more than subject n - 1's: a steep spread like a game's, a few high scores and
     * many low ones, {@code 1 + 10,000 (1 - n / subjects)^3} (10,001 distinct scores at most, about 134 subjects
     * a score in the middle of the board, some 46,000 on the lowest, 1 point), or with {@code PAIRS}
     * {@code subjects - n / 2}, two subjects a score, or with {@code TIED} 10 for everyone.
     */
    private long pointsOf(int n) {
        if (spread == Spread.PAIRS) {
            return subjects - n / 2;
        }
        if (spread == Spread.TIED) {
            return 10;
        }
        double left = 1 - (double) n / subjects;
        return 1 + (long) (TOP_POINTS * left * left * left);
    }

    private long distinctScores() {
        long distinct = 0;
        long last = -1;
        for (int n = 0; n < subjects; n++) {
            long points = pointsOf(n);
            distinct += points == last ? 0 : 1;
            last = points;
        }
        return distinct;
    }

    /**
     * One row per subject: subject n has {@link #pointsOf} points, reached at START plus n ms; then the score
     * bands and the rank tallies (blocks of points, tie runs), as the migrations that brought them fill them.
     */
    private void fill(String url) {
        try (Connection connection = DriverManager.getConnection(url, "", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO leaderboard_score"
                    + " (issuer_id, period, subject, points, reached_at) VALUES (?, ?, ?, ?, ?)")) {
                for (int n = 0; n < subjects; n++) {
                    insert.setLong(1, ISSUER);
                    insert.setString(2, PERIOD);
                    insert.setString(3, player(n).key());
                    insert.setLong(4, pointsOf(n));
                    insert.setObject(5, OffsetDateTime.ofInstant(START.plusMillis(n), ZoneOffset.UTC));
                    insert.addBatch();
                    if ((n + 1) % BATCH == 0 || n == subjects - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO leaderboard_band (issuer_id, period, points, subjects)"
                        + " SELECT issuer_id, period, points, COUNT(*) FROM leaderboard_score WHERE points > 0"
                        + " GROUP BY issuer_id, period, points");
                connection.commit();
                JdbcStore.fillRankTallies(connection);
                connection.commit();
                statement.execute("ANALYZE TABLE leaderboard_score");
                statement.execute("ANALYZE TABLE leaderboard_band");
                statement.execute("ANALYZE TABLE leaderboard_block");
                statement.execute("ANALYZE TABLE leaderboard_tie");
            }
            connection.commit();
        } catch (SQLException failure) {
            throw new IllegalStateException("could not fill the board", failure);
        }
    }
}
