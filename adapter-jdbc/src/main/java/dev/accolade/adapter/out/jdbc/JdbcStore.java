package dev.accolade.adapter.out.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import dev.accolade.application.port.out.PortTable;
import dev.accolade.application.port.out.StorePorts;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * Every store port on a relational database through JDBI: H2 embedded, or PostgreSQL. Opened from
 * settings it owns a HikariCP pool and migrates the schema first; {@link #close()} closes the pool.
 * Failures never carry the values a statement bound (password hashes, tokens): JDBI is told not to
 * render them, and PostgreSQL's driver not to repeat the row in its messages.
 */
public final class JdbcStore implements StorePorts, AutoCloseable {

    private final Optional<HikariDataSource> ownedPool;
    private final JdbcDialect dialect;
    private final JdbcEventBus events;
    private final TransactionRetries retries;
    private final PortTable ports;
    private final Jdbi jdbi;

    private JdbcStore(DataSource dataSource, JdbcDialect dialect, Optional<HikariDataSource> ownedPool,
            Consumer<Jdbi> customizer) {
        this.ownedPool = ownedPool;
        this.dialect = dialect;
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerArgument(new StoredText());
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.NONE);
        customizer.accept(jdbi);
        this.jdbi = jdbi;
        JdbiTransactions transactions = new JdbiTransactions(jdbi, dataSource, dialect);
        this.events = new JdbcEventBus(transactions);
        this.retries = transactions.retries();
        this.ports = PortTable.of(transactions, new JdbiIdGenerator(transactions, dialect), events,
                new JdbiIssuerRepository(transactions), new JdbiApiKeyRepository(transactions),
                new JdbiMemberRepository(transactions, dialect), new JdbiMemberSessionRepository(transactions),
                new JdbiSignInAttemptsRepository(transactions, dialect), new JdbiIdentityClaimRepository(transactions),
                new JdbiCategoryRepository(transactions),
                new JdbiTemplateRepository(transactions, dialect), new JdbiTemplateRatingRepository(transactions),
                new JdbiOfferRepository(transactions, dialect), new JdbiAwardRequestRepository(transactions, dialect),
                new JdbiAwardRepository(transactions, dialect), new JdbiGrantRepository(transactions),
                new JdbiIdempotencyRepository(transactions, dialect),
                new JdbiSigningSecretRepository(transactions), new JdbiUsedSignatureRepository(transactions),
                new JdbiGameServerRepository(transactions), new JdbiLoggedAchievementRepository(transactions),
                new JdbiBlobRepository(transactions), new JdbiDeliveryRepository(transactions, dialect),
                new JdbiWebhookEndpointRepository(transactions),
                new JdbiIssuerKeyRepository(transactions), new JdbiAwardCredentialRepository(transactions),
                new JdbiMetricEventRepository(transactions, dialect),
                new JdbiMetricCounterRepository(transactions, dialect),
                new JdbiRuleAwardRepository(transactions, dialect), new JdbiRuleJobRepository(transactions),
                new JdbiScoreRepository(transactions, dialect));
    }

    /** Opens a pool on the database, brings its schema up to date, and returns a store that owns the pool. */
    public static JdbcStore open(JdbcSettings settings) {
        return open(settings, Optional.empty());
    }

    /**
     * Opens a store like {@link #open(JdbcSettings)} whose pool reports its connections (in use, idle,
     * waited for, timed out) to a metrics tracker, such as HikariCP's Micrometer one.
     */
    public static JdbcStore open(JdbcSettings settings, MetricsTrackerFactory poolMetrics) {
        return open(settings, Optional.of(poolMetrics));
    }

    private static JdbcStore open(JdbcSettings settings, Optional<MetricsTrackerFactory> poolMetrics) {
        HikariDataSource pool = ConnectionPools.open(settings, "accolade", poolMetrics);
        try {
            new Migrations(pool, settings.dialect()).migrate();
            return new JdbcStore(pool, settings.dialect(), Optional.of(pool), jdbi -> { });
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }

    /**
     * A store on a data source that someone else owns and has migrated already, such as a pool an
     * embedding application shares; {@link #close()} leaves it open.
     */
    public static JdbcStore on(DataSource dataSource, JdbcDialect dialect) {
        return on(dataSource, dialect, jdbi -> { });
    }

    /** A store like {@link #on(DataSource, JdbcDialect)} whose JDBI a customizer sees first: tests watch SQL so. */
    static JdbcStore on(DataSource dataSource, JdbcDialect dialect, Consumer<Jdbi> customizer) {
        return new JdbcStore(dataSource, dialect, Optional.empty(), customizer);
    }

    /**
     * Fills the rank tallies of every leaderboard from its kept scores, as migration 43 does, for scores written
     * raw (the benchmarks fill a board so); the tallies must be empty, the caller commits.
     */
    public static void fillRankTallies(Connection connection) throws SQLException {
        MigrationStatements.execute(connection, LeaderboardTalliesMigration.FILL);
    }

    /** The database this store runs on. */
    public JdbcDialect dialect() {
        return dialect;
    }

    @Override
    public <T> T port(Class<T> type) {
        return ports.get(type);
    }

    /** The event bus, to which tests subscribe. */
    @Override
    public JdbcEventBus events() {
        return events;
    }

    /** The JDBI this store writes through, for the raw loaders of this package. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** How often writing units of work were run again after losing to concurrent ones, and gave up. */
    public TransactionRetries retries() {
        return retries;
    }

    /** Closes the pool when this store owns it; call it once the units of work have finished. */
    @Override
    public void close() {
        ownedPool.ifPresent(HikariDataSource::close);
    }
}
