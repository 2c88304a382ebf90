package dev.accolade.adapter.out.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.accolade.application.port.out.StorePorts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The databases every contract and use-case suite runs on. Each is created and migrated once per test
 * run and emptied before every test, which then gets a store of its own on it.
 */
enum JdbcTarget {

    /** H2 in memory. */
    H2_MEMORY(() -> JdbcSettings.of("jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")),
    /** H2 in a file under target/, with the durability settings the server uses. */
    H2_FILE(() -> JdbcSettings.of("jdbc:h2:file:" + testDirectory().resolve("accolade").toAbsolutePath())),
    /** PostgreSQL, in a schema of this run's own. */
    POSTGRESQL(() -> TestPostgres.settings(TestPostgres.newSchemaUrl()));

    /** Every table, children before parents, as the wipe between tests deletes them. */
    static final List<String> TABLES = List.of("delivery", "webhook_endpoint", "logged_achievement", "game_server",
            "used_signature", "signing_secret", "metric_event", "metric_counter", "metric_day", "rule_award",
            "rule_job", "template_rule_dependency", "score_subject", "score_subject_count", "award_score",
            "leaderboard_score", "leaderboard_band", "leaderboard_block", "leaderboard_tie", "template_holding",
            "template_holder_count",
            "issuer_key", "idempotency_record",
            "award", "award_request", "offer",
            "template_rating", "template_category", "template", "api_key", "issuer", "identity_claim",
            "member_session", "sign_in_attempt", "category", "member", "content_blob");

    private final Supplier<JdbcSettings> settings;
    private HikariDataSource pool;

    JdbcTarget(Supplier<JdbcSettings> settings) {
        this.settings = settings;
    }

    /** A store on this database, emptied of everything earlier tests wrote. */
    StorePorts newStore() {
        HikariDataSource shared = pool();
        wipe(shared);
        return JdbcStore.on(shared, dialect());
    }

    JdbcDialect dialect() {
        return this == POSTGRESQL ? JdbcDialect.POSTGRESQL : JdbcDialect.H2;
    }

    /** The settings of a new, separate database of this kind, for tests that need one to themselves. */
    JdbcSettings freshSettings() {
        if (this == POSTGRESQL) {
            TestPostgres.assumeAvailable();
        }
        return settings.get();
    }

    private synchronized HikariDataSource pool() {
        if (this == POSTGRESQL) {
            TestPostgres.assumeAvailable();
        }
        if (pool == null) {
            HikariDataSource created = ConnectionPools.open(settings.get().withPoolSize(16), "test-" + name());
            new Migrations(created, dialect()).migrate();
            pool = created;
        }
        return pool;
    }

    private static void wipe(HikariDataSource pool) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not empty the test database", failure);
        }
    }

    static Path testDirectory() {
        return Path.of("target", "h2-tests", UUID.randomUUID().toString());
    }
}
