package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import jakarta.validation.Validator;
import java.util.function.DoubleSupplier;

/** Builds every service over the outbound ports it is given, sharing the helpers between them. */
public final class ServiceAssembly {

    private final IssuerService issuers;
    private final ApiKeyService apiKeys;
    private final RegistrationService registrations;
    private final SignInService signIns;
    private final MemberQueryService memberQueries;
    private final IdentityClaimService identityClaims;
    private final CategoryService categories;
    private final TemplateAuthoringService templateAuthoring;
    private final TemplateModerationService templateModeration;
    private final TemplateQueryService templateQueries;
    private final TemplateCatalogService templateCatalog;
    private final TemplateRatingService templateRatings;
    private final AwardService awards;
    private final AwardManagementService awardManagement;
    private final AchievementQueryService achievementQueries;
    private final OfferService offers;
    private final RequestService requests;
    private final ReadinessService readiness;
    private final SigningSecretService signingSecrets;
    private final ServiceAuthenticationService serviceAuthentication;
    private final NamedAwardService namedAwards;
    private final GameServerService gameServers;
    private final LogIngestionService logIngestion;
    private final LoggedAchievementQueryService loggedAchievements;

    private final PersonalIssuerService personalIssuers;
    private final ContentService contents;
    private final DeliveryService deliveries;
    private final WebhookService webhooks;

    /** Wires the services. */
    public ServiceAssembly(StorePorts rawStore, ClockPort clock, PasswordHasherPort passwords,
            TokenGeneratorPort tokens, SecretSealerPort sealer, Validator jakartaValidator, AccoladeSettings settings,
            RemoteContentPort remoteContent, CallbackSenderPort callbackSender, DoubleSupplier jitter) {
        StorePorts store = new WebhookingStore(requireNonNull(rawStore, "store"));
        CommandValidator validator = new CommandValidator(jakartaValidator);
        Access access = new Access(store.issuers());
        Recipients recipients = new Recipients(store);
        Claiming claiming = new Claiming(store);
        Granting granting = new Granting(store, clock, tokens, recipients, callbackSender);
        TemplateLookup lookup = new TemplateLookup(store.templates(), access);
        TemplatePurge purge = new TemplatePurge(store, clock);
        this.issuers = new IssuerService(store, clock, validator, access);
        this.apiKeys = new ApiKeyService(store, clock, tokens, validator, access);
        this.registrations = new RegistrationService(store, clock, passwords, tokens, validator, access, claiming,
                settings);
        this.signIns = new SignInService(store, clock, passwords, tokens, validator, settings);
        this.memberQueries = new MemberQueryService(store, validator, access, recipients);
        this.identityClaims = new IdentityClaimService(store, clock, validator, access, claiming);
        this.categories = new CategoryService(store, clock, validator, access);
        this.templateAuthoring = new TemplateAuthoringService(store, clock, validator, access, lookup, purge,
                settings);
        this.templateModeration = new TemplateModerationService(store, clock, validator, access);
        this.templateQueries = new TemplateQueryService(store, validator, access, lookup, new TemplateViews(store));
        this.templateCatalog = new TemplateCatalogService(store, clock, validator, access, purge);
        this.templateRatings = new TemplateRatingService(store, clock, validator, access, lookup);
        this.awards = new AwardService(store, clock, validator, lookup, granting);
        this.awardManagement = new AwardManagementService(store, clock, validator, access, lookup);
        this.achievementQueries = new AchievementQueryService(store, validator, access, lookup, recipients);
        this.offers = new OfferService(store, clock, validator, access, granting);
        this.requests = new RequestService(store, clock, validator, access, lookup, granting);
        this.readiness = new ReadinessService(store);
        this.signingSecrets = new SigningSecretService(store, clock, tokens, sealer, validator, access);
        this.serviceAuthentication = new ServiceAuthenticationService(store, clock, sealer, settings);
        this.namedAwards = new NamedAwardService(store, clock, validator, access, granting);
        ServerAccess serverAccess = new ServerAccess(store.gameServers(), access);
        this.gameServers = new GameServerService(store, clock, tokens, validator, access, serverAccess);
        this.logIngestion = new LogIngestionService(store, clock, validator, serverAccess, recipients, granting);
        this.loggedAchievements = new LoggedAchievementQueryService(store, validator, serverAccess);
        this.personalIssuers = new PersonalIssuerService(store, clock, validator, access);
        this.contents = new ContentService(store, remoteContent, validator, access);
        this.deliveries = new DeliveryService(store, clock, callbackSender, sealer, jitter);
        this.webhooks = new WebhookService(store, clock, tokens, sealer, callbackSender, validator, access);
    }

    public WebhookService webhooks() {
        return webhooks;
    }

    public DeliveryService deliveries() {
        return deliveries;
    }

    public SigningSecretService signingSecrets() {
        return signingSecrets;
    }

    public ServiceAuthenticationService serviceAuthentication() {
        return serviceAuthentication;
    }

    public NamedAwardService namedAwards() {
        return namedAwards;
    }

    public GameServerService gameServers() {
        return gameServers;
    }

    public LogIngestionService logIngestion() {
        return logIngestion;
    }

    public LoggedAchievementQueryService loggedAchievements() {
        return loggedAchievements;
    }

    public PersonalIssuerService personalIssuers() {
        return personalIssuers;
    }

    public ContentService contents() {
        return contents;
    }

    public ReadinessService readiness() {
        return readiness;
    }

    public IssuerService issuers() {
        return issuers;
    }

    public ApiKeyService apiKeys() {
        return apiKeys;
    }

    public RegistrationService registrations() {
        return registrations;
    }

    public SignInService signIns() {
        return signIns;
    }

    public MemberQueryService memberQueries() {
        return memberQueries;
    }

    public IdentityClaimService identityClaims() {
        return identityClaims;
    }

    public CategoryService categories() {
        return categories;
    }

    public TemplateAuthoringService templateAuthoring() {
        return templateAuthoring;
    }

    public TemplateModerationService templateModeration() {
        return templateModeration;
    }

    public TemplateQueryService templateQueries() {
        return templateQueries;
    }

    public TemplateCatalogService templateCatalog() {
        return templateCatalog;
    }

    public TemplateRatingService templateRatings() {
        return templateRatings;
    }

    public AwardService awards() {
        return awards;
    }

    public AwardManagementService awardManagement() {
        return awardManagement;
    }

    public AchievementQueryService achievementQueries() {
        return achievementQueries;
    }

    public OfferService offers() {
        return offers;
    }

    public RequestService requests() {
        return requests;
    }
}
