package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.template.TitleSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 4: each template's working and live titles {@link TitleSearch#fold folded} for title search,
 * in columns of their own ({@code title_folded}, {@code live_title_folded}) that the store writes with
 * every template. The folding is Java's, the very function the in-memory store applies, so that a search
 * matches alike on H2, PostgreSQL and in memory, whatever the database's locale; hence a Java migration,
 * which adds the columns, folds the titles already stored and then constrains the columns.
 */
final class FoldedTitlesMigration implements JavaMigration {

    /**
     * The width of the folded columns: a title of at most 200 characters folds to at most
     * {@link TitleSearch#MAX_EXPANSION} times as many. Written out, as a migration must not change.
     */
    static final int WIDTH = 3600;

    private static final List<String> ADD = List.of(
            "ALTER TABLE template ADD COLUMN title_folded VARCHAR(" + WIDTH + ")",
            "ALTER TABLE template ADD COLUMN live_title_folded VARCHAR(" + WIDTH + ")");
    private static final String READ = "SELECT id, title, live_title FROM template";
    private static final String WRITE = "UPDATE template SET title_folded = ?, live_title_folded = ? WHERE id = ?";
    private static final List<String> CONSTRAIN = List.of(
            "ALTER TABLE template ALTER COLUMN title_folded SET NOT NULL",
            "ALTER TABLE template ADD CONSTRAINT ck_template_title_folded CHECK ("
                    + "(live_title IS NULL AND live_title_folded IS NULL)"
                    + " OR (live_title IS NOT NULL AND live_title_folded IS NOT NULL))");
    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "folded titles";
    }

    /** A checksum of the statements, so that Flyway notices when they are edited after they ran. */
    @Override
    public Integer getChecksum() {
        return MigrationStatements.checksum(Stream.of(ADD, List.of(READ, WRITE), CONSTRAIN));
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        MigrationStatements.execute(connection, ADD);
        fold(connection);
        MigrationStatements.execute(connection, CONSTRAIN);
    }

    /** Folds the titles of every stored template, in batches. */
    private static void fold(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement(WRITE)) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery(READ)) {
                while (rows.next()) {
                    String live = rows.getString("live_title");
                    write.setString(1, TitleSearch.fold(rows.getString("title")));
                    write.setString(2, live == null ? null : TitleSearch.fold(live));
                    write.setLong(3, rows.getLong("id"));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
