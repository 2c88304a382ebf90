package dev.accolade.application;

import dev.accolade.application.achievement.AchievementWiring;
import dev.accolade.application.achievement.Achievements;
import dev.accolade.application.award.AwardWiring;
import dev.accolade.application.award.Awards;
import dev.accolade.application.catalog.CatalogWiring;
import dev.accolade.application.catalog.TemplateCatalog;
import dev.accolade.application.category.Categories;
import dev.accolade.application.category.CategoryWiring;
import dev.accolade.application.content.ContentWiring;
import dev.accolade.application.content.Contents;
import dev.accolade.application.delivery.Deliveries;
import dev.accolade.application.delivery.DeliveryWiring;
import dev.accolade.application.gameserver.GameServerWiring;
import dev.accolade.application.gameserver.GameServers;
import dev.accolade.application.gameserver.LogIngestion;
import dev.accolade.application.health.Health;
import dev.accolade.application.health.HealthWiring;
import dev.accolade.application.issuer.ApiKeys;
import dev.accolade.application.issuer.IssuerWiring;
import dev.accolade.application.issuer.Issuers;
import dev.accolade.application.member.MemberWiring;
import dev.accolade.application.member.Members;
import dev.accolade.application.moderation.ModerationWiring;
import dev.accolade.application.moderation.TemplateModeration;
import dev.accolade.application.offer.OfferWiring;
import dev.accolade.application.offer.Offers;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.rating.RatingWiring;
import dev.accolade.application.rating.TemplateRatings;
import dev.accolade.application.request.RequestWiring;
import dev.accolade.application.request.Requests;
import dev.accolade.application.session.SessionWiring;
import dev.accolade.application.session.Sessions;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.Recipients;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.application.shared.TemplatePurge;
import dev.accolade.application.shared.TemplateViews;
import dev.accolade.application.shared.Uploads;
import dev.accolade.application.signing.SignedRequests;
import dev.accolade.application.signing.SigningWiring;
import dev.accolade.application.template.TemplateWiring;
import dev.accolade.application.template.Templates;
import dev.accolade.application.webhook.WebhookWiring;
import dev.accolade.application.webhook.Webhooks;

/**
 * Accolade as the builder assembles it: every feature built once, over the ports a store provides
 * (unpacked here and nowhere else) and the capabilities the builder was given; the collaborators
 * several features share are made once.
 */
final class FeatureAssembly implements Accolade {

    private final Awards awards;
    private final Achievements achievements;
    private final Templates templates;
    private final TemplateModeration moderation;
    private final TemplateRatings ratings;
    private final TemplateCatalog catalog;
    private final Categories categories;
    private final Offers offers;
    private final Requests requests;
    private final Members members;
    private final Sessions sessions;
    private final Issuers issuers;
    private final ApiKeys apiKeys;
    private final SignedRequests signedRequests;
    private final GameServers gameServers;
    private final LogIngestion logIngestion;
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final Contents contents;
    private final Health health;

    FeatureAssembly(AccoladeBuilder given) {
        StorePorts store = given.store();
        TransactionPort tx = store.transactions();
        IdGeneratorPort ids = store.ids();
        ClockPort clock = given.clock();
        TokenGeneratorPort tokens = given.tokenGenerator();
        EventPublisherPort events = WebhookWiring.outbox(store.events(), store.webhooks(), store.deliveries(), ids);
        CommandValidator validator = new CommandValidator(given.validator());
        Access access = new Access(store.issuers());
        Recipients recipients = new Recipients(store.members(), store.identityClaims());
        TemplateLookup lookup = new TemplateLookup(store.templates(), access);
        Uploads uploads = new Uploads(ids, store.blobs(), clock);
        TemplatePurge purge = new TemplatePurge(events, store.templates(), store.ratings(), store.offers(),
                store.requests(), store.awards(), clock);
        Granting granting = new Granting(ids, events, store.awards(), store.offers(), clock, tokens, recipients,
                given.callbackSender());
        awards = AwardWiring.awards(tx, store.awards(), store.templates(), events, store.idempotency(),
                store.offers(), clock, validator, access, lookup, granting);
        achievements = AchievementWiring.achievements(tx, store.issuers(), store.templates(), store.awards(),
                store.grants(),
                validator, access, lookup, recipients);
        templates = TemplateWiring.templates(tx, ids, events, store.templates(), store.categories(), clock,
                validator, access, lookup, purge, uploads, store.ratings(), store.awards(), given.settings());
        moderation = ModerationWiring.moderation(tx, events, store.templates(), clock, validator, access);
        ratings = RatingWiring.ratings(tx, store.ratings(), clock, validator, access, lookup);
        catalog = CatalogWiring.catalog(tx, ids, events, store.templates(), clock, validator, access, purge,
                new TemplateViews(store.ratings(), store.awards()));
        categories = CategoryWiring.categories(tx, ids, store.categories(), clock, validator, access);
        offers = OfferWiring.offers(tx, events, store.offers(), ids, store.deliveries(), clock, validator, access,
                granting);
        requests = RequestWiring.requests(tx, ids, events, store.requests(), store.awards(), clock, validator,
                access, lookup, granting);
        members = MemberWiring.members(tx, ids, store.members(), clock, given.passwordHasher(), tokens, validator,
                access, events, store.identityClaims(), store.offers(), store.awards(), uploads, recipients,
                store.gameServers(), given.settings());
        sessions = SessionWiring.sessions(tx, store.members(), store.sessions(), store.identityClaims(), clock,
                given.passwordHasher(), tokens, validator, given.settings());
        issuers = IssuerWiring.issuers(tx, ids, store.issuers(), store.members(), clock, validator, access);
        apiKeys = IssuerWiring.apiKeys(tx, ids, store.issuers(), store.apiKeys(), clock, tokens, validator, access);
        signedRequests = SigningWiring.signedRequests(tx, ids, store.issuers(), store.apiKeys(),
                store.signingSecrets(), store.usedSignatures(), clock, given.secretSealer(), tokens, validator,
                access, given.settings());
        gameServers = GameServerWiring.gameServers(tx, ids, store.gameServers(), store.loggedAchievements(),
                store.awards(), clock, tokens, validator, access);
        logIngestion = GameServerWiring.logIngestion(tx, ids, events, store.templates(), store.loggedAchievements(),
                clock, validator, store.gameServers(), access, recipients, granting);
        webhooks = WebhookWiring.webhooks(tx, ids, store.deliveries(), store.webhooks(), clock, tokens,
                given.secretSealer(), given.callbackSender(), validator, access);
        deliveries = DeliveryWiring.deliveries(tx, store.offers(), store.deliveries(), store.webhooks(), clock,
                given.callbackSender(), given.secretSealer(), given.retryJitter());
        contents = ContentWiring.contents(tx, store.blobs(), given.remoteContent(), validator, access);
        health = HealthWiring.health(tx, store.categories());
    }

    @Override
    public Awards awards() {
        return awards;
    }

    @Override
    public Achievements achievements() {
        return achievements;
    }

    @Override
    public Templates templates() {
        return templates;
    }

    @Override
    public TemplateModeration moderation() {
        return moderation;
    }

    @Override
    public TemplateRatings ratings() {
        return ratings;
    }

    @Override
    public TemplateCatalog catalog() {
        return catalog;
    }

    @Override
    public Categories categories() {
        return categories;
    }

    @Override
    public Offers offers() {
        return offers;
    }

    @Override
    public Requests requests() {
        return requests;
    }

    @Override
    public Members members() {
        return members;
    }

    @Override
    public Sessions sessions() {
        return sessions;
    }

    @Override
    public Issuers issuers() {
        return issuers;
    }

    @Override
    public ApiKeys apiKeys() {
        return apiKeys;
    }

    @Override
    public SignedRequests signedRequests() {
        return signedRequests;
    }

    @Override
    public GameServers gameServers() {
        return gameServers;
    }

    @Override
    public LogIngestion logIngestion() {
        return logIngestion;
    }

    @Override
    public Webhooks webhooks() {
        return webhooks;
    }

    @Override
    public Deliveries deliveries() {
        return deliveries;
    }

    @Override
    public Contents contents() {
        return contents;
    }

    @Override
    public Health health() {
        return health;
    }
}
