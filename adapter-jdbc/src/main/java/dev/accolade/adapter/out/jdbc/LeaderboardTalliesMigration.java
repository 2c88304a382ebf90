package dev.accolade.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 43: fills the rank tallies of migration 42 ({@code leaderboard_block}, {@code leaderboard_tie})
 * from the scores already kept. On a new database it runs before the score tables exist (migration 35) and
 * has nothing to fill; on a database that has them it fills the blocks of each width by one
 * {@code GROUP BY} and cuts each tie group into runs of 1,024 lines by reaching time (lines reached at the
 * same time in one run). Hence a Java migration: SQL cannot skip a table that is not there.
 */
final class LeaderboardTalliesMigration implements JavaMigration {

    /** The statements that fill the tallies from {@code leaderboard_score}. */
    static final List<String> FILL = List.of(
            "INSERT INTO leaderboard_block (issuer_id, period, width, block, subjects)"
                    + " SELECT issuer_id, period, 10, points / 1024, COUNT(*) FROM leaderboard_score"
                    + " WHERE points > 0 GROUP BY issuer_id, period, points / 1024",
            "INSERT INTO leaderboard_block (issuer_id, period, width, block, subjects)"
                    + " SELECT issuer_id, period, 20, points / 1048576, COUNT(*) FROM leaderboard_score"
                    + " WHERE points > 0 GROUP BY issuer_id, period, points / 1048576",
            "INSERT INTO leaderboard_tie (issuer_id, period, points, opened_at, last_at, entries, subjects)"
                    + " SELECT issuer_id, period, points, MIN(reached_at), MAX(reached_at), COUNT(*), COUNT(*)"
                    + " FROM (SELECT issuer_id, period, points, reached_at, (RANK() OVER (PARTITION BY issuer_id,"
                    + " period, points ORDER BY reached_at) - 1) / 1024 AS run FROM leaderboard_score"
                    + " WHERE points > 0) ranked GROUP BY issuer_id, period, points, run");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("43");
    }

    @Override
    public String getDescription() {
        return "leaderboard tallies";
    }

    @Override
    public Integer getChecksum() {
        return MigrationStatements.checksum(Stream.of(FILL));
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (hasScores(connection)) {
            MigrationStatements.execute(connection, FILL);
        }
    }

    private static boolean hasScores(Connection connection) throws SQLException {
        for (String name : List.of("leaderboard_score", "LEADERBOARD_SCORE")) {
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
