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
import dev.accolade.application.credential.CredentialWiring;
import dev.accolade.application.credential.Credentials;
import dev.accolade.application.credential.OpenBadgeDocuments;
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
import dev.accolade.application.leaderboard.LeaderboardWiring;
import dev.accolade.application.leaderboard.Leaderboards;
import dev.accolade.application.moderation.ModerationWiring;
import dev.accolade.application.moderation.TemplateModeration;
import dev.accolade.application.offer.OfferWiring;
import dev.accolade.application.offer.Offers;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.rating.RatingWiring;
import dev.accolade.application.rating.TemplateRatings;
import dev.accolade.application.request.RequestWiring;
import dev.accolade.application.request.Requests;
import dev.accolade.application.rule.RuleWiring;
import dev.accolade.application.rule.Rules;
import dev.accolade.application.showcase.Showcase;
import dev.accolade.application.showcase.ShowcaseWiring;
import dev.accolade.application.session.SessionWiring;
import dev.accolade.application.session.Sessions;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.CompositeFollowUp;
import dev.accolade.application.shared.EventRecording;
import dev.accolade.application.shared.ProgressNotices;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.IssuerZones;
import dev.accolade.application.shared.PublicIds;
import dev.accolade.application.shared.Recipients;
import dev.accolade.application.shared.RuleAwarding;
import dev.accolade.application.shared.RuleJobScheduling;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.application.shared.TemplatePurge;
import dev.accolade.application.shared.TemplateViews;
import dev.accolade.application.shared.Uploads;
import dev.accolade.application.signing.SignedRequests;
import dev.accolade.application.signing.SigningWiring;
import dev.accolade.application.template.TemplateWiring;
import dev.accolade.application.template.Templates;
import dev.accolade.application.verification.VerificationWiring;
import dev.accolade.application.verification.Verifications;
import dev.accolade.application.webhook.WebhookWiring;
import dev.accolade.application.webhook.Webhooks;
import dev.accolade.domain.common.WebUrl;

/**
 * Accolade as the builder assembles it: every feature built once, over the ports a store provides
 * (unpacked here and nowhere else) and the capabilities the builder was given; the collaborators
 * several features share are made once. Each component is the facade {@link Accolade} names.
 */
record FeatureAssembly(Awards awards, Achievements achievements, Templates templates, TemplateModeration moderation,
        TemplateRatings ratings, TemplateCatalog catalog, Categories categories, Offers offers, Requests requests,
        Members members, Sessions sessions, Issuers issuers, ApiKeys apiKeys, SignedRequests signedRequests,
        GameServers gameServers, LogIngestion logIngestion, Webhooks webhooks, Deliveries deliveries,
        Contents contents, Health health, OpenBadgeDocuments openBadgeDocuments,
        Credentials credentials, Verifications verifications, Rules rules, Leaderboards leaderboards,
        Showcase showcase) implements Accolade {

    /** Every feature, built from what the builder was given. */
    static FeatureAssembly of(AccoladeBuilder given) {
        StorePorts store = given.store();
        TransactionPort tx = store.transactions();
        IdGeneratorPort ids = store.ids();
        ClockPort clock = given.clock();
        TokenGeneratorPort tokens = given.tokenGenerator();
        CompositeFollowUp events = new CompositeFollowUp(new RuleJobScheduling(LeaderboardWiring.scoreKeeping(
                WebhookWiring.outbox(store.events(), store.webhooks(), store.deliveries(), ids), store.scores(),
                store.templates(), store.issuers()), store.ruleJobs()));
        CommandValidator validator = new CommandValidator(given.validator());
        Access access = new Access(store.issuers());
        Recipients recipients = new Recipients(store.members(), store.identityClaims());
        TemplateLookup lookup = new TemplateLookup(store.templates(), access);
        Uploads uploads = new Uploads(ids, store.blobs(), clock);
        PublicIds publicIds = new PublicIds(tokens);
        TemplatePurge purge = new TemplatePurge(events, store.templates(), store.ratings(), store.offers(),
                store.requests(), store.awards(), clock);
        Granting granting = new Granting(ids, events, store.awards(), store.offers(), clock, tokens, recipients,
                given.callbackSender(), store.awardCredentials());
        ProgressNotices notices = new ProgressNotices(store.webhooks(), store.deliveries(), ids, clock);
        RuleAwarding ruleAwarding = new RuleAwarding(store.ruleAwards(), store.templates(), store.awards(),
                recipients, granting, clock, notices);
        events.awardThrough(ruleAwarding);
        IssuerZones zones = new IssuerZones(store.issuers());
        EventRecording recording = new EventRecording(
                store.metricEvents(), LeaderboardWiring.enrolling(store.metricCounters(), store.scores()),
                store.templates(), ruleAwarding, zones, clock, notices);
        Awards awards = AwardWiring.awards(tx, store.awards(), store.templates(), events, store.idempotency(),
                store.offers(), clock, validator, access, lookup, granting);
        Achievements achievements = AchievementWiring.achievements(tx, store.issuers(), store.templates(),
                store.awards(),
                store.grants(),
                validator, access, lookup, recipients,
                new TemplateViews(store.ratings(), store.awards(), store.scores(), access));
        Templates templates = TemplateWiring.templates(tx, ids, publicIds, events, store.templates(),
                store.categories(), clock,
                validator, access, lookup, purge, uploads, store.ratings(), store.awards(), store.scores(),
                given.settings());
        TemplateModeration moderation = ModerationWiring.moderation(tx, events, store.templates(), clock, validator,
                access);
        TemplateRatings ratings = RatingWiring.ratings(tx, store.ratings(), clock, validator, access, lookup);
        TemplateCatalog catalog = CatalogWiring.catalog(tx, ids, publicIds, events, store.templates(), clock,
                validator, access, purge,
                new TemplateViews(store.ratings(), store.awards(), store.scores(), access));
        Categories categories = CategoryWiring.categories(tx, ids, store.categories(), clock, validator, access);
        Offers offers = OfferWiring.offers(tx, events, store.offers(), ids, store.deliveries(), clock, validator,
                access,
                granting);
        Requests requests = RequestWiring.requests(tx, ids, events, store.requests(), store.awards(), clock, validator,
                access, lookup, granting);
        Members members = MemberWiring.members(tx, ids, store.members(), clock, given.passwordHasher(), tokens,
                validator,
                access, events, store.identityClaims(), store.offers(), store.awards(), uploads, recipients,
                store.gameServers(), given.settings());
        Sessions sessions = SessionWiring.sessions(tx, store.members(), store.sessions(), store.identityClaims(),
                store.signInAttempts(), clock, given.passwordHasher(), tokens, validator, given.settings());
        Issuers issuers = IssuerWiring.issuers(tx, ids, store.issuers(), store.members(), clock, validator, access,
                given.settings().pinnedBase());
        ApiKeys apiKeys = IssuerWiring.apiKeys(tx, ids, store.issuers(), store.apiKeys(), clock, tokens, validator,
                access);
        SignedRequests signedRequests = SigningWiring.signedRequests(tx, ids, store.issuers(), store.apiKeys(),
                store.signingSecrets(), store.usedSignatures(), clock, given.secretSealer(), tokens, validator,
                access, given.settings());
        GameServers gameServers = GameServerWiring.gameServers(tx, ids, store.gameServers(), store.loggedAchievements(),
                store.awards(), clock, tokens, validator, access, store.templates());
        LogIngestion logIngestion = GameServerWiring.logIngestion(tx, ids, publicIds, events, store.templates(),
                store.loggedAchievements(),
                clock, validator, store.gameServers(), access, recipients, granting, recording);
        Webhooks webhooks = WebhookWiring.webhooks(tx, ids, store.deliveries(), store.webhooks(), clock, tokens,
                given.secretSealer(), given.callbackSender(), validator, access);
        Deliveries deliveries = DeliveryWiring.deliveries(tx, store.offers(), store.deliveries(), store.webhooks(),
                clock,
                given.callbackSender(), given.secretSealer(), given.retryJitter());
        Contents contents = ContentWiring.contents(tx, store.blobs(), given.remoteContent(), validator, access);
        Health health = HealthWiring.health(tx, store.categories());
        WebUrl publicUrl = given.settings().publicUrl();
        OpenBadgeDocuments openBadgeDocuments = CredentialWiring.documents(tx, store.issuers(), store.templates(),
                store.awardCredentials(), store.blobs(), store.issuerKeys(), given.keyPairs(), given.secretSealer(),
                given.credentialDocuments(), given.badgeImages(), clock, publicUrl, given.settings().pinnedBase());
        Credentials credentials = CredentialWiring.credentials(tx, store.issuers(), store.templates(),
                store.awardCredentials(), store.blobs(), store.issuerKeys(), given.keyPairs(), given.secretSealer(),
                given.credentialDocuments(), given.badgeImages(), clock, publicUrl, validator, access);
        Verifications verifications = VerificationWiring.verifications(given.credentialVerifier(),
                openBadgeDocuments, credentials, given.remoteDocuments(), tx, store.issuers(), publicUrl, clock);
        Rules rules = RuleWiring.rules(tx, store.metricCounters(), store.metricEvents(), store.ruleJobs(),
                store.templates(), store.awards(), clock, validator, access, lookup, recipients, recording,
                ruleAwarding, zones);
        Leaderboards leaderboards = LeaderboardWiring.leaderboards(tx, store.issuers(), store.scores(), recipients,
                access, validator, clock);
        return new FeatureAssembly(awards, achievements, templates, moderation, ratings, catalog, categories, offers,
                requests, members, sessions, issuers, apiKeys, signedRequests, gameServers, logIngestion, webhooks,
                deliveries, contents, health, openBadgeDocuments, credentials, verifications, rules, leaderboards,
                ShowcaseWiring.showcase(tx, store.templates(), store.awards(), store.awardCredentials(),
                        store.issuers(), store.members(),
                        new TemplateViews(store.ratings(), store.awards(), store.scores(), access),
                        clock, access, validator));
    }
}
