package dev.accolade.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the tests run against: {@code ACCOLADE_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}) as user {@code ACCOLADE_TEST_POSTGRES_USER} (default
 * {@code postgres}). Each test run works in a schema of its own, created on first use and dropped when
 * the JVM exits, so that runs never collide; schemas a killed run left behind are dropped hours later.
 * Where no PostgreSQL answers, the tests that need it are skipped, unless
 * {@code ACCOLADE_REQUIRE_POSTGRES=1}, where they fail.
 */
final class TestPostgres {

    static final String URL_VARIABLE = "ACCOLADE_TEST_POSTGRES_URL";
    static final String REQUIRE_VARIABLE = "ACCOLADE_REQUIRE_POSTGRES";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
    private static final String SCHEMA_PREFIX = "accolade_test_";
    /** A run's schema older than this was left by a run that was killed before it could drop it. */
    private static final Duration ABANDONED = Duration.ofHours(6);

    private static Optional<String> unreachable;
    private static boolean swept;

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
            String outcome = "1".equals(System.getenv(REQUIRE_VARIABLE)) ? "failed, as " + REQUIRE_VARIABLE + "=1"
                    : "skipped; set " + URL_VARIABLE + " to run them";
            unreachable.ifPresent(reason -> LOG.warn("PostgreSQL tests: no PostgreSQL at {} ({}); they are {}",
                    JdbcSettings.redact(baseUrl()), reason, outcome));
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
        sweepOnce();
        String schema = SCHEMA_PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
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

    /** Drops the schemas of runs that were killed before they could drop their own. */
    private static synchronized void sweepOnce() {
        if (swept) {
            return;
        }
        swept = true;
        long cutoff = Instant.now().minus(ABANDONED).getEpochSecond();
        List<String> abandoned = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(baseUrl(), user(), password());
                Statement statement = connection.createStatement();
                ResultSet schemas = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '"
                        + SCHEMA_PREFIX + "%'")) {
            while (schemas.next()) {
                String name = schemas.getString(1);
                String[] parts = name.substring(SCHEMA_PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("[0-9]{1,12}") && Long.parseLong(parts[0]) < cutoff) {
                    abandoned.add(name);
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not list the test schemas", failure);
        }
        abandoned.forEach(TestPostgres::drop);
    }

    /** Drops a schema, waiting at most a few seconds for locks so that a JVM exit never hangs on it. */
    private static void drop(String schema) {
        try (Connection connection = DriverManager.getConnection(baseUrl(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '5s'");
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException failure) {
            LOG.warn("Could not drop the test schema {}: {}", schema, failure.getMessage());
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
