package dev.accolade.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema on the test PostgreSQL (127.0.0.1:5432, database {@code test}, or
 * {@code ACCOLADE_TEST_POSTGRES_URL}), dropped on close. Without PostgreSQL the test is skipped, or fails
 * when {@code ACCOLADE_REQUIRE_POSTGRES=1}.
 */
final class PostgresSchema implements AutoCloseable {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    /** A new empty schema, or the calling test skipped (failed when PostgreSQL is required). */
    static PostgresSchema create(String prefix) {
        String name = prefix + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            execute("CREATE SCHEMA " + name);
        } catch (SQLException unreachable) {
            String why = "PostgreSQL did not answer at " + baseUrl() + ": " + unreachable.getMessage();
            if ("1".equals(System.getenv("ACCOLADE_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(why + " (ACCOLADE_REQUIRE_POSTGRES=1 requires it)", unreachable);
            }
            Assumptions.abort(why);
        }
        return new PostgresSchema(name);
    }

    /** A JDBC URL whose connections work in this schema. */
    String url() {
        return baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** The database account. */
    static String user() {
        return Optional.ofNullable(System.getenv("ACCOLADE_TEST_POSTGRES_USER")).filter(u -> !u.isBlank())
                .orElse("postgres");
    }

    private static String baseUrl() {
        return Optional.ofNullable(System.getenv("ACCOLADE_TEST_POSTGRES_URL")).filter(url -> !url.isBlank())
                .orElse(DEFAULT_URL);
    }

    private static void execute(String sql) throws SQLException {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(baseUrl(), user(),
                Optional.ofNullable(System.getenv("ACCOLADE_TEST_POSTGRES_PASSWORD")).orElse(""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + name + " CASCADE");
    }
}
