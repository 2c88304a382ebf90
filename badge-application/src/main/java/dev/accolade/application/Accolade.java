package dev.accolade.application;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.award.AwardByNameCommand;
import dev.accolade.application.port.in.award.AwardByNameUseCase;
import dev.accolade.application.port.in.award.AwardCommand;
import dev.accolade.application.port.in.award.AwardReference;
import dev.accolade.application.port.in.award.AwardUseCase;
import dev.accolade.application.port.in.award.AwardView;
import dev.accolade.application.port.in.award.FindAchievementsQuery;
import dev.accolade.application.port.in.award.FindAchievementsUseCase;
import dev.accolade.application.port.in.award.GetAwardUseCase;
import dev.accolade.application.port.in.award.MarkAwardViewedUseCase;
import dev.accolade.application.port.in.award.RecipientSummary;
import dev.accolade.application.port.in.award.RevokeAwardCommand;
import dev.accolade.application.port.in.award.RevokeAwardUseCase;
import dev.accolade.application.port.in.award.RevokeByNameCommand;
import dev.accolade.application.port.in.award.RevokeByNameUseCase;
import dev.accolade.application.port.in.award.SummarizeRecipientsQuery;
import dev.accolade.application.port.in.award.SummarizeRecipientsUseCase;
import dev.accolade.application.port.in.category.CategoryHierarchyQuery;
import dev.accolade.application.port.in.category.CreateCategoryCommand;
import dev.accolade.application.port.in.category.CreateCategoryUseCase;
import dev.accolade.application.port.in.category.GetCategoryHierarchyUseCase;
import dev.accolade.application.port.in.category.GetCategoryUseCase;
import dev.accolade.application.port.in.category.MoveCategoryCommand;
import dev.accolade.application.port.in.category.MoveCategoryUseCase;
import dev.accolade.application.port.in.content.FetchContentCommand;
import dev.accolade.application.port.in.content.FetchContentUseCase;
import dev.accolade.application.port.in.content.GetContentUseCase;
import dev.accolade.application.port.in.delivery.DispatchDeliveriesUseCase;
import dev.accolade.application.port.in.gameserver.CreateGameServerCommand;
import dev.accolade.application.port.in.gameserver.CreateGameServerUseCase;
import dev.accolade.application.port.in.gameserver.FindLoggedAchievementsQuery;
import dev.accolade.application.port.in.gameserver.FindLoggedAchievementsUseCase;
import dev.accolade.application.port.in.gameserver.GameServerQuery;
import dev.accolade.application.port.in.gameserver.GetGameServerUseCase;
import dev.accolade.application.port.in.gameserver.GetLoggedAchievementUseCase;
import dev.accolade.application.port.in.gameserver.IngestLogLinesCommand;
import dev.accolade.application.port.in.gameserver.IngestLogLinesUseCase;
import dev.accolade.application.port.in.gameserver.IngestionResult;
import dev.accolade.application.port.in.gameserver.ListGameServersQuery;
import dev.accolade.application.port.in.gameserver.ListGameServersUseCase;
import dev.accolade.application.port.in.gameserver.LoggedAchievementReference;
import dev.accolade.application.port.in.gameserver.LoggedAchievementView;
import dev.accolade.application.port.in.gameserver.RecordAnnouncementsCommand;
import dev.accolade.application.port.in.gameserver.RecordAnnouncementsUseCase;
import dev.accolade.application.port.in.health.CheckReadinessUseCase;
import dev.accolade.application.port.in.health.Readiness;
import dev.accolade.application.port.in.issuer.AuthenticateApiKeyUseCase;
import dev.accolade.application.port.in.issuer.AuthenticateServiceUseCase;
import dev.accolade.application.port.in.issuer.CreateApiKeyCommand;
import dev.accolade.application.port.in.issuer.CreateApiKeyUseCase;
import dev.accolade.application.port.in.issuer.CreateIssuerCommand;
import dev.accolade.application.port.in.issuer.CreateIssuerUseCase;
import dev.accolade.application.port.in.issuer.CreatedApiKey;
import dev.accolade.application.port.in.issuer.CreatedSigningSecret;
import dev.accolade.application.port.in.issuer.FindServiceUseCase;
import dev.accolade.application.port.in.issuer.GetIssuerUseCase;
import dev.accolade.application.port.in.issuer.ListApiKeysQuery;
import dev.accolade.application.port.in.issuer.ListApiKeysUseCase;
import dev.accolade.application.port.in.issuer.ListIssuersQuery;
import dev.accolade.application.port.in.issuer.ListIssuersUseCase;
import dev.accolade.application.port.in.issuer.OpenPersonalIssuerUseCase;
import dev.accolade.application.port.in.issuer.PersonalIssuerCommand;
import dev.accolade.application.port.in.issuer.RevokeApiKeyCommand;
import dev.accolade.application.port.in.issuer.RevokeApiKeyUseCase;
import dev.accolade.application.port.in.issuer.RotateSigningSecretCommand;
import dev.accolade.application.port.in.issuer.RotateSigningSecretUseCase;
import dev.accolade.application.port.in.issuer.ServiceCredentials;
import dev.accolade.application.port.in.member.AuthenticateMemberUseCase;
import dev.accolade.application.port.in.member.ClaimIdentityCommand;
import dev.accolade.application.port.in.member.ClaimIdentityUseCase;
import dev.accolade.application.port.in.member.ConfirmRegistrationCommand;
import dev.accolade.application.port.in.member.ConfirmRegistrationUseCase;
import dev.accolade.application.port.in.member.CreateSubAccountCommand;
import dev.accolade.application.port.in.member.CreateSubAccountUseCase;
import dev.accolade.application.port.in.member.FindMemberQuery;
import dev.accolade.application.port.in.member.FindMemberUseCase;
import dev.accolade.application.port.in.member.GetMemberQuery;
import dev.accolade.application.port.in.member.GetMemberUseCase;
import dev.accolade.application.port.in.member.IssueConfirmationTokenCommand;
import dev.accolade.application.port.in.member.IssueConfirmationTokenUseCase;
import dev.accolade.application.port.in.member.RegisterMemberCommand;
import dev.accolade.application.port.in.member.RegisterMemberUseCase;
import dev.accolade.application.port.in.member.Registration;
import dev.accolade.application.port.in.member.SignInCommand;
import dev.accolade.application.port.in.member.SignInUseCase;
import dev.accolade.application.port.in.member.SignOutUseCase;
import dev.accolade.application.port.in.member.SignedIn;
import dev.accolade.application.port.in.offer.AcceptOfferUseCase;
import dev.accolade.application.port.in.offer.CancelOfferUseCase;
import dev.accolade.application.port.in.offer.FindIssuerOffersQuery;
import dev.accolade.application.port.in.offer.FindIssuerOffersUseCase;
import dev.accolade.application.port.in.offer.FindRecipientOffersQuery;
import dev.accolade.application.port.in.offer.FindRecipientOffersUseCase;
import dev.accolade.application.port.in.offer.GetOfferUseCase;
import dev.accolade.application.port.in.offer.OfferReference;
import dev.accolade.application.port.in.offer.RejectOfferUseCase;
import dev.accolade.application.port.in.request.AcceptRequestUseCase;
import dev.accolade.application.port.in.request.FindRequestsQuery;
import dev.accolade.application.port.in.request.FindRequestsUseCase;
import dev.accolade.application.port.in.request.GetRequestUseCase;
import dev.accolade.application.port.in.request.RejectRequestCommand;
import dev.accolade.application.port.in.request.RejectRequestUseCase;
import dev.accolade.application.port.in.request.RequestAwardCommand;
import dev.accolade.application.port.in.request.RequestAwardUseCase;
import dev.accolade.application.port.in.request.RequestReference;
import dev.accolade.application.port.in.template.ApproveTemplateUseCase;
import dev.accolade.application.port.in.template.CreateTemplateCommand;
import dev.accolade.application.port.in.template.CreateTemplateUseCase;
import dev.accolade.application.port.in.template.DeleteTemplateUseCase;
import dev.accolade.application.port.in.template.DeleteTemplatesByNameCommand;
import dev.accolade.application.port.in.template.DeleteTemplatesByNameUseCase;
import dev.accolade.application.port.in.template.FindTemplatesQuery;
import dev.accolade.application.port.in.template.FindTemplatesUseCase;
import dev.accolade.application.port.in.template.GetTemplateUseCase;
import dev.accolade.application.port.in.template.RateTemplateCommand;
import dev.accolade.application.port.in.template.RateTemplateUseCase;
import dev.accolade.application.port.in.template.RejectTemplateCommand;
import dev.accolade.application.port.in.template.RejectTemplateUseCase;
import dev.accolade.application.port.in.template.SubmitTemplateUseCase;
import dev.accolade.application.port.in.template.TemplateCommand;
import dev.accolade.application.port.in.template.TemplateView;
import dev.accolade.application.port.in.template.UpdateTemplateCommand;
import dev.accolade.application.port.in.template.UpdateTemplateUseCase;
import dev.accolade.application.port.in.template.UpsertTemplatesCommand;
import dev.accolade.application.port.in.template.UpsertTemplatesUseCase;
import dev.accolade.application.port.in.webhook.CreatedWebhook;
import dev.accolade.application.port.in.webhook.DeleteWebhookUseCase;
import dev.accolade.application.port.in.webhook.GetWebhookUseCase;
import dev.accolade.application.port.in.webhook.ListWebhookDeliveriesUseCase;
import dev.accolade.application.port.in.webhook.ListWebhooksQuery;
import dev.accolade.application.port.in.webhook.ListWebhooksUseCase;
import dev.accolade.application.port.in.webhook.RedeliverCommand;
import dev.accolade.application.port.in.webhook.RedeliverUseCase;
import dev.accolade.application.port.in.webhook.RegisterWebhookCommand;
import dev.accolade.application.port.in.webhook.RegisterWebhookUseCase;
import dev.accolade.application.port.in.webhook.RotateWebhookSecretUseCase;
import dev.accolade.application.port.in.webhook.WebhookCommand;
import dev.accolade.application.port.in.webhook.WebhookDeliveriesQuery;
import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.StoreProvider;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.service.ServiceAssembly;
import dev.accolade.application.support.AesGcmSecretSealer;
import dev.accolade.application.support.NoCallbackSender;
import dev.accolade.application.support.NoRemoteContent;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.application.support.SecureRandomTokenGenerator;
import dev.accolade.application.support.SystemClock;
import dev.accolade.application.support.Validators;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.webhook.WebhookEndpoint;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The one entry point for embedding Accolade: every use case, assembled over the outbound ports it
 * is given. {@link #inMemory()} gives a ready in-memory instance when {@code adapter-memory} is on
 * the class path; {@link #builder()} takes any store and capabilities.
 */
public final class Accolade implements
        AwardUseCase, FindAchievementsUseCase, GetAwardUseCase, MarkAwardViewedUseCase, RevokeAwardUseCase,
        SummarizeRecipientsUseCase, CreateCategoryUseCase, GetCategoryHierarchyUseCase, GetCategoryUseCase,
        MoveCategoryUseCase, AuthenticateApiKeyUseCase, CreateApiKeyUseCase, CreateIssuerUseCase, GetIssuerUseCase,
        ListApiKeysUseCase, ListIssuersUseCase, RevokeApiKeyUseCase, AuthenticateMemberUseCase, ClaimIdentityUseCase,
        ConfirmRegistrationUseCase, CreateSubAccountUseCase, FindMemberUseCase, GetMemberUseCase,
        IssueConfirmationTokenUseCase, RegisterMemberUseCase, SignInUseCase, SignOutUseCase, AcceptOfferUseCase,
        CancelOfferUseCase, FindIssuerOffersUseCase, FindRecipientOffersUseCase, GetOfferUseCase, RejectOfferUseCase,
        AcceptRequestUseCase, FindRequestsUseCase, GetRequestUseCase, RejectRequestUseCase, RequestAwardUseCase,
        ApproveTemplateUseCase, CreateTemplateUseCase, DeleteTemplateUseCase, DeleteTemplatesByNameUseCase,
        FindTemplatesUseCase, GetTemplateUseCase, RateTemplateUseCase, RejectTemplateUseCase, SubmitTemplateUseCase,
        UpdateTemplateUseCase, UpsertTemplatesUseCase, CheckReadinessUseCase, AwardByNameUseCase, RevokeByNameUseCase,
        AuthenticateServiceUseCase, FindServiceUseCase, RotateSigningSecretUseCase, CreateGameServerUseCase,
        ListGameServersUseCase, GetGameServerUseCase, IngestLogLinesUseCase, RecordAnnouncementsUseCase,
        FindLoggedAchievementsUseCase, GetLoggedAchievementUseCase,
        OpenPersonalIssuerUseCase, GetContentUseCase, FetchContentUseCase, DispatchDeliveriesUseCase,
        RegisterWebhookUseCase, ListWebhooksUseCase, GetWebhookUseCase, DeleteWebhookUseCase,
        RotateWebhookSecretUseCase, ListWebhookDeliveriesUseCase, RedeliverUseCase {

    private final ServiceAssembly services;

    private Accolade(ServiceAssembly services) {
        this.services = services;
    }

    /** A new Accolade on a fresh in-memory store, with production defaults. */
    public static Accolade inMemory() {
        return builder().store(openStore("memory")).build();
    }

    /** A builder that takes a store and, optionally, capabilities and settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Opens the store adapter registered under a name, such as {@code memory}, through the service loader. */
    public static StorePorts openStore(String name) {
        return ServiceLoader.load(StoreProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No store named '" + name
                        + "' on the class path; add the adapter that provides it (adapter-memory for 'memory')."))
                .open();
    }

    @Override
    public AwardOutcome award(AwardCommand command) {
        return services.awards().award(command);
    }

    @Override
    public Page<AwardView> findAchievements(FindAchievementsQuery query) {
        return services.achievementQueries().findAchievements(query);
    }

    @Override
    public AwardView getAward(AwardReference query) {
        return services.awardManagement().getAward(query);
    }

    @Override
    public Award markAwardViewed(AwardReference command) {
        return services.awardManagement().markAwardViewed(command);
    }

    @Override
    public Award revokeAward(RevokeAwardCommand command) {
        return services.awardManagement().revokeAward(command);
    }

    @Override
    public RecipientSummary summarizeRecipients(SummarizeRecipientsQuery query) {
        return services.achievementQueries().summarizeRecipients(query);
    }

    @Override
    public Category createCategory(CreateCategoryCommand command) {
        return services.categories().createCategory(command);
    }

    @Override
    public List<Category> categoryHierarchy(CategoryHierarchyQuery query) {
        return services.categories().categoryHierarchy(query);
    }

    @Override
    public Category getCategory(CategoryId id) {
        return services.categories().getCategory(id);
    }

    @Override
    public Category moveCategory(MoveCategoryCommand command) {
        return services.categories().moveCategory(command);
    }

    @Override
    public Issuer authenticateApiKey(String secret) {
        return services.apiKeys().authenticateApiKey(secret);
    }

    @Override
    public CreatedApiKey createApiKey(CreateApiKeyCommand command) {
        return services.apiKeys().createApiKey(command);
    }

    @Override
    public Issuer createIssuer(CreateIssuerCommand command) {
        return services.issuers().createIssuer(command);
    }

    @Override
    public Issuer getIssuer(IssuerId id) {
        return services.issuers().getIssuer(id);
    }

    @Override
    public Issuer getIssuerBySlug(IssuerSlug slug) {
        return services.issuers().getIssuerBySlug(slug);
    }

    @Override
    public List<ApiKey> listApiKeys(ListApiKeysQuery query) {
        return services.apiKeys().listApiKeys(query);
    }

    @Override
    public Page<Issuer> listIssuers(ListIssuersQuery query) {
        return services.issuers().listIssuers(query);
    }

    @Override
    public ApiKey revokeApiKey(RevokeApiKeyCommand command) {
        return services.apiKeys().revokeApiKey(command);
    }

    @Override
    public Member authenticateMember(String token) {
        return services.signIns().authenticateMember(token);
    }

    @Override
    public IdentityClaim claimIdentity(ClaimIdentityCommand command) {
        return services.identityClaims().claimIdentity(command);
    }

    @Override
    public Member confirmRegistration(ConfirmRegistrationCommand command) {
        return services.registrations().confirmRegistration(command);
    }

    @Override
    public Registration createSubAccount(CreateSubAccountCommand command) {
        return services.registrations().createSubAccount(command);
    }

    @Override
    public Optional<Member> findMember(FindMemberQuery query) {
        return services.memberQueries().findMember(query);
    }

    @Override
    public Member getMember(GetMemberQuery query) {
        return services.memberQueries().getMember(query);
    }

    @Override
    public Registration issueConfirmationToken(IssueConfirmationTokenCommand command) {
        return services.registrations().issueConfirmationToken(command);
    }

    @Override
    public Registration registerMember(RegisterMemberCommand command) {
        return services.registrations().registerMember(command);
    }

    @Override
    public SignedIn signIn(SignInCommand command) {
        return services.signIns().signIn(command);
    }

    @Override
    public void signOut(String token) {
        services.signIns().signOut(token);
    }

    @Override
    public Readiness checkReadiness() {
        return services.readiness().checkReadiness();
    }

    @Override
    public AwardOutcome acceptOffer(OfferReference command) {
        return services.offers().acceptOffer(command);
    }

    @Override
    public Offer cancelOffer(OfferReference command) {
        return services.offers().cancelOffer(command);
    }

    @Override
    public Page<Offer> findIssuerOffers(FindIssuerOffersQuery query) {
        return services.offers().findIssuerOffers(query);
    }

    @Override
    public Page<Offer> findRecipientOffers(FindRecipientOffersQuery query) {
        return services.offers().findRecipientOffers(query);
    }

    @Override
    public Offer getOffer(OfferReference query) {
        return services.offers().getOffer(query);
    }

    @Override
    public Offer rejectOffer(OfferReference command) {
        return services.offers().rejectOffer(command);
    }

    @Override
    public AwardOutcome acceptRequest(RequestReference command) {
        return services.requests().acceptRequest(command);
    }

    @Override
    public Page<AwardRequest> findRequests(FindRequestsQuery query) {
        return services.requests().findRequests(query);
    }

    @Override
    public AwardRequest getRequest(RequestReference query) {
        return services.requests().getRequest(query);
    }

    @Override
    public AwardRequest rejectRequest(RejectRequestCommand command) {
        return services.requests().rejectRequest(command);
    }

    @Override
    public AwardRequest requestAward(RequestAwardCommand command) {
        return services.requests().requestAward(command);
    }

    @Override
    public Template approveTemplate(TemplateCommand command) {
        return services.templateModeration().approveTemplate(command);
    }

    @Override
    public Template createTemplate(CreateTemplateCommand command) {
        return services.templateAuthoring().createTemplate(command);
    }

    @Override
    public void deleteTemplate(TemplateCommand command) {
        services.templateAuthoring().deleteTemplate(command);
    }

    @Override
    public List<Template> deleteTemplatesByName(DeleteTemplatesByNameCommand command) {
        return services.templateCatalog().deleteTemplatesByName(command);
    }

    @Override
    public Page<TemplateView> findTemplates(FindTemplatesQuery query) {
        return services.templateQueries().findTemplates(query);
    }

    @Override
    public TemplateView getTemplate(TemplateCommand query) {
        return services.templateQueries().getTemplate(query);
    }

    @Override
    public RatingSummary rateTemplate(RateTemplateCommand command) {
        return services.templateRatings().rateTemplate(command);
    }

    @Override
    public Template rejectTemplate(RejectTemplateCommand command) {
        return services.templateModeration().rejectTemplate(command);
    }

    @Override
    public Template submitTemplate(TemplateCommand command) {
        return services.templateAuthoring().submitTemplate(command);
    }

    @Override
    public Template updateTemplate(UpdateTemplateCommand command) {
        return services.templateAuthoring().updateTemplate(command);
    }

    @Override
    public List<Template> upsertTemplates(UpsertTemplatesCommand command) {
        return services.templateCatalog().upsertTemplates(command);
    }

    @Override
    public List<AwardOutcome> awardByName(AwardByNameCommand command) {
        return services.namedAwards().awardByName(command);
    }

    @Override
    public List<Award> revokeByName(RevokeByNameCommand command) {
        return services.namedAwards().revokeByName(command);
    }

    @Override
    public Issuer authenticateService(ServiceCredentials credentials) {
        return services.serviceAuthentication().authenticateService(credentials);
    }

    @Override
    public Issuer findService(String service) {
        return services.serviceAuthentication().findService(service);
    }

    @Override
    public CreatedSigningSecret rotateSigningSecret(RotateSigningSecretCommand command) {
        return services.signingSecrets().rotateSigningSecret(command);
    }

    @Override
    public GameServer createGameServer(CreateGameServerCommand command) {
        return services.gameServers().createGameServer(command);
    }

    @Override
    public List<GameServer> listGameServers(ListGameServersQuery query) {
        return services.gameServers().listGameServers(query);
    }

    @Override
    public GameServer getGameServer(GameServerQuery query) {
        return services.gameServers().getGameServer(query);
    }

    @Override
    public IngestionResult ingestLogLines(IngestLogLinesCommand command) {
        return services.logIngestion().ingestLogLines(command);
    }

    @Override
    public IngestionResult recordAnnouncements(RecordAnnouncementsCommand command) {
        return services.logIngestion().recordAnnouncements(command);
    }

    @Override
    public Page<LoggedAchievementView> findLoggedAchievements(FindLoggedAchievementsQuery query) {
        return services.loggedAchievements().findLoggedAchievements(query);
    }

    @Override
    public LoggedAchievementView getLoggedAchievement(LoggedAchievementReference reference) {
        return services.loggedAchievements().getLoggedAchievement(reference);
    }

    @Override
    public Issuer openPersonalIssuer(PersonalIssuerCommand command) {
        return services.personalIssuers().openPersonalIssuer(command);
    }

    @Override
    public Content getContent(long id) {
        return services.contents().getContent(id);
    }

    @Override
    public Content fetchContent(FetchContentCommand command) {
        return services.contents().fetchContent(command);
    }

    @Override
    public int dispatchDue() {
        return services.deliveries().dispatchDue();
    }

    @Override
    public CreatedWebhook registerWebhook(RegisterWebhookCommand command) {
        return services.webhooks().registerWebhook(command);
    }

    @Override
    public List<WebhookEndpoint> listWebhooks(ListWebhooksQuery query) {
        return services.webhooks().listWebhooks(query);
    }

    @Override
    public WebhookEndpoint getWebhook(WebhookCommand command) {
        return services.webhooks().getWebhook(command);
    }

    @Override
    public void deleteWebhook(WebhookCommand command) {
        services.webhooks().deleteWebhook(command);
    }

    @Override
    public CreatedWebhook rotateWebhookSecret(WebhookCommand command) {
        return services.webhooks().rotateWebhookSecret(command);
    }

    @Override
    public Page<Delivery> listWebhookDeliveries(WebhookDeliveriesQuery query) {
        return services.webhooks().listWebhookDeliveries(query);
    }

    @Override
    public Delivery redeliver(RedeliverCommand command) {
        return services.webhooks().redeliver(command);
    }

    /** Assembles an {@link Accolade}; only the store is required. */
    public static final class Builder {

        private StorePorts store;
        private ClockPort clock = new SystemClock();
        private PasswordHasherPort passwordHasher;
        private TokenGeneratorPort tokenGenerator = new SecureRandomTokenGenerator();
        private Validator validator;
        private AccoladeSettings settings = AccoladeSettings.DEFAULT;
        private SecretSealerPort secretSealer;
        private RemoteContentPort remoteContent = new NoRemoteContent();
        private CallbackSenderPort callbackSender = new NoCallbackSender();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /** The store: repositories, transactions, ids and events. */
        public Builder store(StorePorts value) {
            this.store = requireNonNull(value, "store");
            return this;
        }

        /** The clock; the system clock by default. */
        public Builder clock(ClockPort value) {
            this.clock = requireNonNull(value, "clock");
            return this;
        }

        /** The password hasher; PBKDF2 at 600,000 iterations by default. */
        public Builder passwordHasher(PasswordHasherPort value) {
            this.passwordHasher = requireNonNull(value, "passwordHasher");
            return this;
        }

        /** The token generator; {@link java.security.SecureRandom} by default. */
        public Builder tokenGenerator(TokenGeneratorPort value) {
            this.tokenGenerator = requireNonNull(value, "tokenGenerator");
            return this;
        }

        /** The Jakarta validator; one from the provider on the class path by default. */
        public Builder validator(Validator value) {
            this.validator = requireNonNull(value, "validator");
            return this;
        }

        /**
         * What seals secrets the server must read again, such as signing secrets; by default AES-GCM
         * under a key drawn for this instance, so that they do not survive it.
         */
        public Builder secretSealer(SecretSealerPort value) {
            this.secretSealer = requireNonNull(value, "secretSealer");
            return this;
        }

        /** The settings; production behaviour by default. */
        public Builder settings(AccoladeSettings value) {
            this.settings = requireNonNull(value, "settings");
            return this;
        }

        /** Downloads images and files named by URL; by default none are ({@code url_fetch_unavailable}). */
        public Builder remoteContent(RemoteContentPort value) {
            this.remoteContent = requireNonNull(value, "remoteContent");
            return this;
        }

        /** Checks and sends offer callbacks; by default URLs are accepted and nothing is sent. */
        public Builder callbackSender(CallbackSenderPort value) {
            this.callbackSender = requireNonNull(value, "callbackSender");
            return this;
        }

        /** The fraction, in [0, 1], of each retry delay's ceiling that is waited; random by default. */
        public Builder retryJitter(DoubleSupplier value) {
            this.jitter = requireNonNull(value, "jitter");
            return this;
        }

        /** The assembled use cases. */
        public Accolade build() {
            if (store == null) {
                throw new IllegalStateException("Accolade needs a store; use Accolade.inMemory() or builder().store(…)");
            }
            return new Accolade(new ServiceAssembly(store, clock,
                    passwordHasher == null ? new Pbkdf2PasswordHasher() : passwordHasher, tokenGenerator,
                    secretSealer == null ? AesGcmSecretSealer.withRandomKey() : secretSealer,
                    validator == null ? Validators.create() : validator, settings, remoteContent, callbackSender,
                    jitter));
        }
    }
}
