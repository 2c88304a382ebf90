package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ApiKeyRepository;
import dev.accolade.application.port.out.AwardRepository;
import dev.accolade.application.port.out.AwardRequestRepository;
import dev.accolade.application.port.out.BlobRepository;
import dev.accolade.application.port.out.CategoryRepository;
import dev.accolade.application.port.out.DeliveryRepository;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.GameServerRepository;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.IdempotencyRepository;
import dev.accolade.application.port.out.IdentityClaimRepository;
import dev.accolade.application.port.out.IssuerRepository;
import dev.accolade.application.port.out.LoggedAchievementRepository;
import dev.accolade.application.port.out.MemberRepository;
import dev.accolade.application.port.out.MemberSessionRepository;
import dev.accolade.application.port.out.OfferRepository;
import dev.accolade.application.port.out.SigningSecretRepository;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TemplateRatingRepository;
import dev.accolade.application.port.out.TemplateRepository;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.UsedSignatureRepository;
import dev.accolade.application.port.out.WebhookEndpointRepository;

/**
 * The store as every service sees it: the same repositories and transactions, with an event publisher
 * that also writes webhook deliveries to the outbox in the publishing unit of work.
 */
final class WebhookingStore implements StorePorts {

    private final StorePorts store;
    private final WebhookOutbox outbox;

    WebhookingStore(StorePorts store) {
        this.store = requireNonNull(store, "store");
        this.outbox = new WebhookOutbox(store);
    }

    @Override
    public TransactionPort transactions() {
        return store.transactions();
    }

    @Override
    public IdGeneratorPort ids() {
        return store.ids();
    }

    @Override
    public EventPublisherPort events() {
        return outbox;
    }

    @Override
    public IssuerRepository issuers() {
        return store.issuers();
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return store.apiKeys();
    }

    @Override
    public MemberRepository members() {
        return store.members();
    }

    @Override
    public MemberSessionRepository sessions() {
        return store.sessions();
    }

    @Override
    public IdentityClaimRepository identityClaims() {
        return store.identityClaims();
    }

    @Override
    public CategoryRepository categories() {
        return store.categories();
    }

    @Override
    public TemplateRepository templates() {
        return store.templates();
    }

    @Override
    public TemplateRatingRepository ratings() {
        return store.ratings();
    }

    @Override
    public OfferRepository offers() {
        return store.offers();
    }

    @Override
    public AwardRequestRepository requests() {
        return store.requests();
    }

    @Override
    public AwardRepository awards() {
        return store.awards();
    }

    @Override
    public IdempotencyRepository idempotency() {
        return store.idempotency();
    }

    @Override
    public SigningSecretRepository signingSecrets() {
        return store.signingSecrets();
    }

    @Override
    public UsedSignatureRepository usedSignatures() {
        return store.usedSignatures();
    }

    @Override
    public GameServerRepository gameServers() {
        return store.gameServers();
    }

    @Override
    public LoggedAchievementRepository loggedAchievements() {
        return store.loggedAchievements();
    }

    @Override
    public BlobRepository blobs() {
        return store.blobs();
    }

    @Override
    public DeliveryRepository deliveries() {
        return store.deliveries();
    }

    @Override
    public WebhookEndpointRepository webhooks() {
        return store.webhooks();
    }
}
