package dev.accolade.adapter.out.memory;

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

/**
 * Every store port in memory, for tests, embedding and {@code --database memory}: thread-safe,
 * serializable transactions that commit or roll back whole, unique constraints like a database's,
 * events delivered after commit. Nothing survives the process.
 */
public final class InMemoryStore implements StorePorts {

    private final InMemoryTransactions transactions;
    private final InMemoryIdGenerator ids = new InMemoryIdGenerator();
    private final InMemoryEventBus events;
    private final InMemoryIssuerRepository issuers;
    private final InMemoryApiKeyRepository apiKeys;
    private final InMemoryMemberRepository members;
    private final InMemoryMemberSessionRepository sessions;
    private final InMemoryIdentityClaimRepository identityClaims;
    private final InMemoryCategoryRepository categories;
    private final InMemoryTemplateRepository templates;
    private final InMemoryTemplateRatingRepository ratings;
    private final InMemoryOfferRepository offers;
    private final InMemoryAwardRequestRepository requests;
    private final InMemoryAwardRepository awards;
    private final InMemoryIdempotencyRepository idempotency;
    private final InMemorySigningSecretRepository signingSecrets;
    private final InMemoryUsedSignatureRepository usedSignatures;
    private final InMemoryGameServerRepository gameServers;
    private final InMemoryLoggedAchievementRepository loggedAchievements;
    private final InMemoryBlobRepository blobs;
    private final InMemoryDeliveryRepository deliveries;
    private final InMemoryWebhookEndpointRepository webhooks;

    /** A new, empty store. */
    public InMemoryStore() {
        InMemoryDatabase database = new InMemoryDatabase();
        this.transactions = new InMemoryTransactions(database);
        this.events = new InMemoryEventBus(database);
        this.issuers = new InMemoryIssuerRepository(database);
        this.apiKeys = new InMemoryApiKeyRepository(database);
        this.members = new InMemoryMemberRepository(database);
        this.sessions = new InMemoryMemberSessionRepository(database);
        this.identityClaims = new InMemoryIdentityClaimRepository(database);
        this.categories = new InMemoryCategoryRepository(database);
        this.templates = new InMemoryTemplateRepository(database);
        this.ratings = new InMemoryTemplateRatingRepository(database);
        this.offers = new InMemoryOfferRepository(database);
        this.requests = new InMemoryAwardRequestRepository(database);
        this.awards = new InMemoryAwardRepository(database, templates.table());
        this.idempotency = new InMemoryIdempotencyRepository(database);
        this.signingSecrets = new InMemorySigningSecretRepository(database);
        this.usedSignatures = new InMemoryUsedSignatureRepository(database);
        this.gameServers = new InMemoryGameServerRepository(database);
        this.loggedAchievements = new InMemoryLoggedAchievementRepository(database);
        this.blobs = new InMemoryBlobRepository(database);
        this.deliveries = new InMemoryDeliveryRepository(database);
        this.webhooks = new InMemoryWebhookEndpointRepository(database);
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
    public InMemoryEventBus events() {
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
}
