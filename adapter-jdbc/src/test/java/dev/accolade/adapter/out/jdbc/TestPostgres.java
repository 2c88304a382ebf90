package dev.accolade.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the tests run against: {@code ACCOLADE_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}) as user {@code ACCOLADE_TEST_POSTGRES_USER} (default
 * {@code postgres}). Each test run works in a schema of its own, created on first use and dropped when
 * the JVM exits, so that runs never collide. Where no PostgreSQL answers, the tests that need it are
 * skipped, unless {@code ACCOLADE_REQUIRE_POSTGRES=1}, where they fail.
 */
final class TestPostgres {

    static final String URL_VARIABLE = "ACCOLADE_TEST_POSTGRES_URL";
    static final String REQUIRE_VARIABLE = "ACCOLADE_REQUIRE_POSTGRES";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static Optional<String> unreachable;

    private TestPostgres() {
    }

    static String baseUrl() {
        return Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(url -> !url.isBlank()).orElse(DEFAULT_URL);
    }

    static String user() {
        return Optional.ofNullable(System.getenv("ACCOLADE_TEST_POSTGRES_USER")).filter(u -> !u.isBlank())
                .orElse("postgres");
    }

    static String password() {
        return Optional.ofNullable(System.getenv("ACCOLADE_TEST_POSTGRES_PASSWORD")).orElse("");
    }

    /** Skips the calling test, or fails it when PostgreSQL is required, unless PostgreSQL answers. */
    static synchronized void assumeAvailable() {
        if (unreachable == null) {
            unreachable = probe();
            unreachable.ifPresent(reason -> System.err.println("PostgreSQL tests: no PostgreSQL at "
                    + JdbcSettings.redact(baseUrl()) + " (" + reason + "); they are "
                    + ("1".equals(System.getenv(REQUIRE_VARIABLE)) ? "failed, as " + REQUIRE_VARIABLE + "=1"
                            : "skipped; set " + URL_VARIABLE + " to run them")));
        }
        if (unreachable.isEmpty()) {
            return;
        }
        String why = "PostgreSQL did not answer at " + JdbcSettings.redact(baseUrl()) + " (" + unreachable.get()
                + "); set " + URL_VARIABLE + " to a reachable database";
        if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
            throw new IllegalStateException(why + ". " + REQUIRE_VARIABLE + "=1 requires it.");
        }
        Assumptions.abort("Skipped: " + why + ".");
    }

    /** Creates a new, empty schema and returns a URL whose connections work in it; dropped at JVM exit. */
    static String newSchemaUrl() {
        assumeAvailable();
        String schema = "accolade_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE")));
        return baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Settings for a schema-scoped URL with the test account. */
    static JdbcSettings settings(String url) {
        return JdbcSettings.of(url).withAccount(user(), password());
    }

    private static Optional<String> probe() {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(baseUrl(), user(), password())) {
            return connection.isValid(5) ? Optional.empty() : Optional.of("the connection was not valid");
        } catch (SQLException failure) {
            return Optional.of(failure.getMessage());
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not run '" + sql + "' on the test PostgreSQL", failure);
        }
    }
}
