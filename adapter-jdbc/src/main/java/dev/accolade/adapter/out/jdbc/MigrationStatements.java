package dev.accolade.adapter.out.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/** What the Java migrations share: running lists of statements, and a checksum of what they run. */
final class MigrationStatements {

    private MigrationStatements() {
    }

    /** Runs the statements in order on the migration's connection. */
    static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** A checksum of every statement, so that Flyway notices when one is edited after it ran. */
    static int checksum(Stream<List<String>> statements) {
        CRC32 crc = new CRC32();
        statements.flatMap(List::stream).forEach(sql -> crc.update((sql + "\n").getBytes(StandardCharsets.UTF_8)));
        return (int) crc.getValue();
    }
}
