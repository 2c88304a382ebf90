package dev.accolade.adapter.in.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.award.AwardRoutes;
import dev.accolade.adapter.in.rest.awardrequest.RequestRoutes;
import dev.accolade.adapter.in.rest.category.CategoryRoutes;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimRoutes;
import dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintRoutes;
import dev.accolade.adapter.in.rest.compat.mcserver.McServerRoutes;
import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesRoutes;
import dev.accolade.adapter.in.rest.error.ErrorHandlers;
import dev.accolade.adapter.in.rest.gameserver.GameServerRoutes;
import dev.accolade.adapter.in.rest.issuer.IssuerRoutes;
import dev.accolade.adapter.in.rest.issuer.SigningSecretRoutes;
import dev.accolade.adapter.in.rest.json.JsonMapping;
import dev.accolade.adapter.in.rest.member.MemberRoutes;
import dev.accolade.adapter.in.rest.observe.HealthRoute;
import dev.accolade.adapter.in.rest.observe.RequestLog;
import dev.accolade.adapter.in.rest.offer.OfferRoutes;
import dev.accolade.adapter.in.rest.openapi.OpenApiDocument;
import dev.accolade.adapter.in.rest.request.JsonBodies;
import dev.accolade.adapter.in.rest.template.TemplateRoutes;
import dev.accolade.adapter.in.rest.webhook.WebhookRoutes;
import dev.accolade.application.Accolade;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP server: Accolade's APIs on Javalin, started on a port and stopped gracefully, letting
 * requests in flight finish.
 */
public final class RestServer implements AutoCloseable {

    /**
     * How long closing waits for requests in flight before cutting them off: within the 30 seconds an
     * orchestrator such as Kubernetes grants after SIGTERM, leaving time to close the store.
     */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Javalin app;
    private final Set<String> routes;

    private RestServer(Javalin app, Set<String> routes) {
        this.app = app;
        this.routes = Collections.unmodifiableSet(routes);
    }

    /** Starts a server for these use cases; it answers once this returns. */
    public static RestServer start(Accolade accolade, RestSettings settings) {
        ObjectMapper mapper = JsonMapping.newMapper();
        Authenticator authenticator = new Authenticator(settings.adminToken(), accolade.apiKeys(), accolade.sessions());
        IssuerRoutes issuers = new IssuerRoutes(accolade, authenticator, new JsonBodies(mapper));
        OpenApiDocument openApi = OpenApiDocument.load();
        Set<String> routes = new TreeSet<>();
        Javalin app = Javalin.create(config -> {
            config.events.handlerAdded(added -> {
                if (added.getHttpMethod().isHttpMethod()) {
                    routes.add(added.getHttpMethod().name() + " " + added.getPath());
                }
            });
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(RestServer::stopGracefully);
            config.http.maxRequestSize = JsonBodies.MAX_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(mapper, false));
            RequestLog.install(config);
            ErrorHandlers.register(config.routes, List.of(AcclaimRoutes.unknownRoutes()));
            config.routes.before("/v1/*", authenticator::actorOf);
            config.routes.get(HealthRoute.PATH, new HealthRoute(accolade.health())::serve);
            config.routes.get(OpenApiDocument.PATH, openApi::serve);
            issuers.register(config.routes);
            new MemberRoutes(accolade, authenticator, new JsonBodies(mapper)).register(config.routes);
            new CategoryRoutes(accolade, authenticator, new JsonBodies(mapper)).register(config.routes);
            new TemplateRoutes(accolade, authenticator, new JsonBodies(mapper)).register(config.routes);
            new AwardRoutes(accolade, authenticator, new JsonBodies(mapper)).register(config.routes);
            new OfferRoutes(accolade, authenticator).register(config.routes);
            new RequestRoutes(accolade, authenticator, new JsonBodies(mapper)).register(config.routes);
            new SigningSecretRoutes(accolade, authenticator, new JsonBodies(mapper)).register(config.routes);
            new UserBadgesRoutes(accolade).register(config.routes);
            new GameServerRoutes(accolade, authenticator, new JsonBodies(mapper)).register(config.routes);
            new WebhookRoutes(accolade, authenticator, new JsonBodies(mapper)).register(config.routes);
            new McServerRoutes(accolade, authenticator, mapper).register(config.routes);
            new AcclaimRoutes(accolade, mapper).register(config.routes);
            new AchieveMintRoutes(accolade, mapper, Clock.systemUTC()).register(config.routes);
        });
        app.start();
        return new RestServer(app, routes);
    }

    /** The HTTP routes the server answers, each as {@code "METHOD /path"} with its {@code {parameters}}. */
    public Set<String> routes() {
        return routes;
    }

    /**
     * Jetty stops abruptly unless a stop timeout is set: with one, stopping first shuts down every
     * graceful component, waiting up to the timeout. The connector's shutdown closes the listening
     * socket, so new connections are refused; the graceful handler answers 503 to any request that
     * still arrives on an open connection and completes once the requests it tracks are done.
     */
    private static void stopGracefully(org.eclipse.jetty.server.Server server) {
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        server.insertHandler(new GracefulHandler());
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /**
     * Stops accepting connections, lets the requests in flight finish, for up to {@link #STOP_TIMEOUT},
     * and stops; returns once stopped.
     */
    @Override
    public void close() {
        app.stop();
    }
}
