package dev.accolade.adapter.out.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.IdempotencyRepository;
import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.application.port.out.gameserver.LoggedAchievementRepository;
import dev.accolade.application.port.out.issuer.ApiKeyRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.issuer.SigningSecretRepository;
import dev.accolade.application.port.out.issuer.UsedSignatureRepository;
import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.port.out.member.MemberSessionRepository;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.port.out.request.AwardRequestRepository;
import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
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
    private final JdbiTransactions transactions;
    private final JdbiIdGenerator ids;
    private final JdbcEventBus events;
    private final JdbiIssuerRepository issuers;
    private final JdbiApiKeyRepository apiKeys;
    private final JdbiMemberRepository members;
    private final JdbiMemberSessionRepository sessions;
    private final JdbiIdentityClaimRepository identityClaims;
    private final JdbiCategoryRepository categories;
    private final JdbiTemplateRepository templates;
    private final JdbiTemplateRatingRepository ratings;
    private final JdbiOfferRepository offers;
    private final JdbiAwardRequestRepository requests;
    private final JdbiAwardRepository awards;
    private final JdbiIdempotencyRepository idempotency;
    private final JdbiSigningSecretRepository signingSecrets;
    private final JdbiUsedSignatureRepository usedSignatures;
    private final JdbiGameServerRepository gameServers;
    private final JdbiLoggedAchievementRepository loggedAchievements;
    private final JdbiBlobRepository blobs;
    private final JdbiDeliveryRepository deliveries;
    private final JdbiWebhookEndpointRepository webhooks;

    private JdbcStore(DataSource dataSource, JdbcDialect dialect, Optional<HikariDataSource> ownedPool,
            Consumer<Jdbi> customizer) {
        this.ownedPool = ownedPool;
        this.dialect = dialect;
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.NONE);
        customizer.accept(jdbi);
        this.transactions = new JdbiTransactions(jdbi, dataSource, dialect);
        this.ids = new JdbiIdGenerator(transactions, dialect);
        this.events = new JdbcEventBus(transactions);
        this.issuers = new JdbiIssuerRepository(transactions);
        this.apiKeys = new JdbiApiKeyRepository(transactions);
        this.members = new JdbiMemberRepository(transactions, dialect);
        this.sessions = new JdbiMemberSessionRepository(transactions);
        this.identityClaims = new JdbiIdentityClaimRepository(transactions);
        this.categories = new JdbiCategoryRepository(transactions);
        this.templates = new JdbiTemplateRepository(transactions, dialect);
        this.ratings = new JdbiTemplateRatingRepository(transactions);
        this.offers = new JdbiOfferRepository(transactions, dialect);
        this.requests = new JdbiAwardRequestRepository(transactions, dialect);
        this.awards = new JdbiAwardRepository(transactions, dialect);
        this.idempotency = new JdbiIdempotencyRepository(transactions);
        this.signingSecrets = new JdbiSigningSecretRepository(transactions);
        this.usedSignatures = new JdbiUsedSignatureRepository(transactions);
        this.gameServers = new JdbiGameServerRepository(transactions);
        this.loggedAchievements = new JdbiLoggedAchievementRepository(transactions);
        this.blobs = new JdbiBlobRepository(transactions);
        this.deliveries = new JdbiDeliveryRepository(transactions, dialect);
        this.webhooks = new JdbiWebhookEndpointRepository(transactions);
    }

    /** Opens a pool on the database, brings its schema up to date, and returns a store that owns the pool. */
    public static JdbcStore open(JdbcSettings settings) {
        HikariDataSource pool = ConnectionPools.open(settings, "accolade");
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

    /** The database this store runs on. */
    public JdbcDialect dialect() {
        return dialect;
    }

    @Override
    public TransactionPort transactions() {
        return transactions;
    }

    @Override
    public IdGeneratorPort ids() {
        return ids;
    }

    @Override
    public JdbcEventBus events() {
        return events;
    }

    @Override
    public IssuerRepository issuers() {
        return issuers;
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    @Override
    public MemberRepository members() {
        return members;
    }

    @Override
    public MemberSessionRepository sessions() {
        return sessions;
    }

    @Override
    public IdentityClaimRepository identityClaims() {
        return identityClaims;
    }

    @Override
    public CategoryRepository categories() {
        return categories;
    }

    @Override
    public TemplateRepository templates() {
        return templates;
    }

    @Override
    public TemplateRatingRepository ratings() {
        return ratings;
    }

    @Override
    public OfferRepository offers() {
        return offers;
    }

    @Override
    public AwardRequestRepository requests() {
        return requests;
    }

    @Override
    public AwardRepository awards() {
        return awards;
    }

    @Override
    public IdempotencyRepository idempotency() {
        return idempotency;
    }

    @Override
    public SigningSecretRepository signingSecrets() {
        return signingSecrets;
    }

    @Override
    public UsedSignatureRepository usedSignatures() {
        return usedSignatures;
    }

    @Override
    public GameServerRepository gameServers() {
        return gameServers;
    }

    @Override
    public LoggedAchievementRepository loggedAchievements() {
        return loggedAchievements;
    }

    @Override
    public BlobRepository blobs() {
        return blobs;
    }

    @Override
    public DeliveryRepository deliveries() {
        return deliveries;
    }

    @Override
    public WebhookEndpointRepository webhooks() {
        return webhooks;
    }

    /** Closes the pool when this store owns it; call it once the units of work have finished. */
    @Override
    public void close() {
        ownedPool.ifPresent(HikariDataSource::close);
    }
}
