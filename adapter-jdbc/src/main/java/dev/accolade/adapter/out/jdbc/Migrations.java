package dev.accolade.adapter.out.jdbc;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings a database's schema up to date with the Flyway migrations: the SQL scripts under
 * {@code db/migration} and the Java ones they cannot express ({@link FoldedTitlesMigration}).
 */
public final class Migrations {

    /** Where the migration scripts live on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private final DataSource dataSource;
    private final JdbcDialect dialect;

    /** Migrations for the database behind this data source. */
    public Migrations(DataSource dataSource, JdbcDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * Applies every migration not applied yet; returns how many ran. When the history already records the
     * newest migration of this build (one query, {@link SchemaCurrency}), Flyway is not started at all.
     */
    public int migrate() {
        if (SchemaCurrency.isCurrent(dataSource, javaMigrations())) {
            return 0;
        }
        return configured().load().migrate().migrationsExecuted;
    }

    /** Applies the migrations up to and including a version, as an older release would have. */
    public int migrateTo(String version) {
        return configured().target(MigrationVersion.fromVersion(version)).load().migrate().migrationsExecuted;
    }

    static List<JavaMigration> javaMigrations() {
        return List.of(new FoldedTitlesMigration(), new CredentialsMigration(), new LeaderboardTalliesMigration());
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration configured() {
        return Flyway.configure().dataSource(dataSource).locations(LOCATION).placeholders(dialect.placeholders())
                .javaMigrations(javaMigrations().toArray(JavaMigration[]::new)).failOnMissingLocations(true);
    }
}
