package dev.accolade.adapter.in.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.auth.ConfiguredTokens;
import dev.accolade.adapter.in.rest.auth.Tokens;
import dev.accolade.adapter.in.rest.award.AchievementRoutes;
import dev.accolade.adapter.in.rest.award.AwardRoutes;
import dev.accolade.adapter.in.rest.award.BulkAwardRoutes;
import dev.accolade.adapter.in.rest.award.OutcomeReplies;
import dev.accolade.adapter.in.rest.category.CategoryRoutes;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimDialect;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWiring;
import dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintDialect;
import dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintWiring;
import dev.accolade.adapter.in.rest.compat.mcserver.McServerDialect;
import dev.accolade.adapter.in.rest.compat.mcserver.McServerRoutes;
import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesDialect;
import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesWiring;
import dev.accolade.adapter.in.rest.dialect.Failures;
import dev.accolade.adapter.in.rest.error.NativeDialect;
import dev.accolade.adapter.in.rest.gameserver.GameServerRoutes;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.issuer.ApiKeyRoutes;
import dev.accolade.adapter.in.rest.issuer.IssuerKeyRoutes;
import dev.accolade.adapter.in.rest.issuer.IssuerRoutes;
import dev.accolade.adapter.in.rest.issuer.SigningSecretRoutes;
import dev.accolade.adapter.in.rest.json.JsonMapping;
import dev.accolade.adapter.in.rest.limit.RequestLimits;
import dev.accolade.adapter.in.rest.member.MemberRoutes;
import dev.accolade.adapter.in.rest.member.SessionRoutes;
import dev.accolade.adapter.in.rest.observe.Draining;
import dev.accolade.adapter.in.rest.observe.HealthRoute;
import dev.accolade.adapter.in.rest.observe.MetricsRoute;
import dev.accolade.adapter.in.rest.observe.RequestLog;
import dev.accolade.adapter.in.rest.observe.RequestMetrics;
import dev.accolade.adapter.in.rest.offer.OfferRoutes;
import dev.accolade.adapter.in.rest.openapi.OpenApiDocument;
import dev.accolade.adapter.in.rest.openbadges.OpenBadgesRoutes;
import dev.accolade.adapter.in.rest.openbadges.VerificationRoutes;
import dev.accolade.adapter.in.rest.page.PageLinks;
import dev.accolade.adapter.in.rest.page.PageWiring;
import dev.accolade.adapter.in.rest.request.RequestRoutes;
import dev.accolade.adapter.in.rest.rule.EventRoutes;
import dev.accolade.adapter.in.rest.leaderboard.LeaderboardRoutes;
import dev.accolade.adapter.in.rest.rule.ProgressRoutes;
import dev.accolade.adapter.in.rest.rule.RuleRoutes;
import dev.accolade.adapter.in.rest.server.JettySetup;
import dev.accolade.adapter.in.rest.template.CatalogRoutes;
import dev.accolade.adapter.in.rest.template.ModerationRoutes;
import dev.accolade.adapter.in.rest.template.TemplateReads;
import dev.accolade.adapter.in.rest.template.TemplateRoutes;
import dev.accolade.adapter.in.rest.webhook.WebhookRoutes;
import dev.accolade.application.Accolade;
import dev.accolade.application.port.in.CredentialUrls;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Accolade's APIs on Javalin, started on a port and stopped gracefully, letting
 * requests in flight finish.
 */
public final class RestServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    private final Javalin app;
    private final Set<String> routes;
    private final Draining draining;
    private final Duration drainDelay;

    private RestServer(Javalin app, Set<String> routes, Draining draining, Duration drainDelay) {
        this.app = app;
        this.routes = Collections.unmodifiableSet(routes);
        this.draining = draining;
        this.drainDelay = drainDelay;
    }

    /**
     * Starts a server for these features; it answers once this returns. This is the one place that
     * knows the entry point: it hands every route class the use cases it calls, and each dialect its
     * own wiring the features it needs.
     */
    public static RestServer start(Accolade accolade, RestSettings settings) {
        return start(accolade, settings, MetricsSettings.adminOnly());
    }

    /**
     * Starts a server like {@link #start(Accolade, RestSettings)} that times its requests into the metrics'
     * registry and serves it at {@code GET /metrics} to the admin token and the metrics token.
     */
    public static RestServer start(Accolade accolade, RestSettings settings, MetricsSettings metrics) {
        ObjectMapper mapper = JsonMapping.newMapper();
        JsonBodies bodies = new JsonBodies(mapper);
        Tokens tokens = new Tokens(accolade.apiKeys(), accolade.sessions());
        Authenticator authenticator = new Authenticator(settings.adminToken(), tokens);
        OpenApiDocument openApi = OpenApiDocument.load();
        Set<String> routes = new TreeSet<>();
        Draining draining = new Draining();
        PageWiring pages = PageWiring.create(accolade.sessions(), settings.publicUrl(), settings.adminToken());
        Javalin app = Javalin.create(config -> {
            config.events.handlerAdded(added -> {
                if (added.getHttpMethod().isHttpMethod()) {
                    routes.add(added.getHttpMethod().name() + " " + added.getPath());
                }
            });
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = JsonBodies.MAX_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(mapper, false));
            RequestLog.install(config);
            new RequestLimits(settings.rateLimits()).install(config.routes);
            Failures failures = Failures.register(config.routes, List.of(new AcclaimDialect(),
                    new AchieveMintDialect(), new UserBadgesDialect(), new McServerDialect(), pages.dialect()),
                    new NativeDialect());
            RequestMetrics.install(config, metrics.registry(), failures);
            new JettySetup(settings.deadlines(), failures, mapper).apply(config.jetty, settings.host(),
                    settings.port());
            config.routes.before("/v1/*", authenticator::actorOf);
            config.routes.get(HealthRoute.PATH, new HealthRoute(accolade.health(), draining)::serve);
            config.routes.get(OpenApiDocument.PATH, openApi::serve);
            config.routes.get(MetricsRoute.PATH, new MetricsRoute(metrics.registry(), ConfiguredTokens.of(
                    Stream.concat(Stream.of(settings.adminToken()), metrics.token().stream()).toList()))::serve);
            CredentialUrls urls = new CredentialUrls(settings.publicUrl());
            registerNative(config.routes, accolade, authenticator, bodies, urls);
            new OpenBadgesRoutes(accolade.openBadgeDocuments(), accolade.openBadgeDocuments(),
                    accolade.openBadgeDocuments(), accolade.credentials(), accolade.credentials())
                    .register(config.routes);
            new VerificationRoutes(accolade.verifications(), bodies).register(config.routes);
            UserBadgesWiring.routes(accolade.signedRequests(), accolade.catalog(), accolade.achievements(),
                    accolade.awards()).register(config.routes);
            new McServerRoutes(accolade.gameServers(), accolade.gameServers(), accolade.logIngestion(), authenticator,
                    mapper).register(config.routes);
            AcclaimWiring.routes(accolade.issuers(), accolade.templates(), accolade.awards(), accolade.achievements(),
                    accolade.offers(), accolade.members(), tokens, mapper, urls).register(config.routes);
            AchieveMintWiring.routes(new AchieveMintWiring.Features(accolade.sessions(), accolade.members(),
                    accolade.issuers(), accolade.templates(), accolade.categories(), accolade.awards(),
                    accolade.achievements(), accolade.offers(), accolade.requests(), accolade.contents()), tokens,
                    mapper, Clock.systemUTC()).register(config.routes);
            pages.register(config.routes, new PageWiring.Features(accolade.sessions(), accolade.members(),
                    accolade.templates(), accolade.showcase(), accolade.issuers(), accolade.offers(),
                    accolade.requests(), accolade.achievements(), accolade.awards(), accolade.moderation()));
        });
        app.start();
        return new RestServer(app, routes, draining, settings.deadlines().drainDelay());
    }

    /** The native API's routes under {@code /v1}, each given the use cases it calls. */
    private static void registerNative(RoutesConfig routes, Accolade accolade, Authenticator authenticator,
            JsonBodies bodies, CredentialUrls urls) {
        OutcomeReplies outcomes = new OutcomeReplies(accolade.awards(), urls);
        TemplateReads templateReads = new TemplateReads(accolade.templates(), authenticator,
                new PageLinks(urls.base()));
        new IssuerRoutes(accolade.issuers(), accolade.issuers(), accolade.issuers(), accolade.issuers(), urls,
                authenticator, bodies).register(routes);
        new IssuerKeyRoutes(accolade.credentials(), authenticator).register(routes);
        new ApiKeyRoutes(accolade.apiKeys(), accolade.apiKeys(), accolade.apiKeys(), authenticator, bodies)
                .register(routes);
        new SigningSecretRoutes(accolade.signedRequests(), authenticator, bodies).register(routes);
        new MemberRoutes(accolade.members(), accolade.members(), accolade.members(), accolade.members(),
                accolade.members(), accolade.members(), accolade.members(), authenticator, bodies).register(routes);
        new SessionRoutes(accolade.sessions(), accolade.sessions(), authenticator, bodies).register(routes);
        new CategoryRoutes(accolade.categories(), accolade.categories(), accolade.categories(),
                accolade.categories(), authenticator, bodies).register(routes);
        new TemplateRoutes(accolade.templates(), accolade.templates(), accolade.templates(), accolade.templates(),
                accolade.templates(), accolade.templates(), templateReads, bodies).register(routes);
        new ModerationRoutes(accolade.moderation(), accolade.moderation(), accolade.ratings(), templateReads, bodies)
                .register(routes);
        new CatalogRoutes(accolade.catalog(), accolade.catalog(), templateReads, bodies).register(routes);
        new AwardRoutes(accolade.awards(), accolade.awards(), accolade.awards(), accolade.awards(), outcomes, urls,
                authenticator, bodies).register(routes);
        new BulkAwardRoutes(accolade.awards(), authenticator, bodies).register(routes);
        new AchievementRoutes(accolade.achievements(), accolade.achievements(), urls, authenticator)
                .register(routes);
        new OfferRoutes(accolade.offers(), accolade.offers(), accolade.offers(), accolade.offers(),
                accolade.offers(), accolade.offers(), outcomes, authenticator).register(routes);
        new RequestRoutes(accolade.requests(), accolade.requests(), accolade.requests(), accolade.requests(),
                accolade.requests(), outcomes, authenticator, bodies).register(routes);
        new GameServerRoutes(accolade.gameServers(), accolade.gameServers(), authenticator, bodies)
                .register(routes);
        new EventRoutes(accolade.rules(), authenticator, bodies).register(routes);
        new ProgressRoutes(accolade.rules(), authenticator).register(routes);
        new RuleRoutes(accolade.rules(), authenticator).register(routes);
        new LeaderboardRoutes(accolade.leaderboards(), accolade.leaderboards(), authenticator).register(routes);
        new WebhookRoutes(accolade.webhooks(), accolade.webhooks(), accolade.webhooks(), accolade.webhooks(),
                accolade.webhooks(), accolade.webhooks(), accolade.webhooks(), authenticator, bodies)
                .register(routes);
    }

    /** The HTTP routes the server answers, each as {@code "METHOD /path"} with its {@code {parameters}}. */
    public Set<String> routes() {
        return routes;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /**
     * Drains and stops: {@code /health} reports draining at once; when something probed it lately (a load
     * balancer), requests are still served for the drain delay so that it moves away first. Then the server
     * stops accepting connections, lets the requests in flight finish (bodies still arriving within their
     * deadline included) up to the drain timeout, and stops. Returns once stopped.
     */
    @Override
    public void close() {
        draining.start();
        if (draining.watched() && !drainDelay.isZero()) {
            LOG.info("Draining: /health reports it for {} ms before the listening socket closes",
                    drainDelay.toMillis());
            try {
                Thread.sleep(drainDelay.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        app.stop();
    }
}
