package dev.accolade.adapter.in.rest;

import dev.accolade.application.Accolade;
import io.javalin.Javalin;
import java.util.Map;

/**
 * The HTTP server: Accolade's APIs on Javalin, started on a port and stopped gracefully, letting
 * requests in flight finish.
 */
public final class RestServer implements AutoCloseable {

    private final Javalin app;

    private RestServer(Javalin app) {
        this.app = app;
    }

    /** Starts a server for these use cases; it answers once this returns. */
    public static RestServer start(Accolade accolade, RestSettings settings) {
        Javalin app = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        });
        app.start();
        return new RestServer(app);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops accepting requests, lets those in flight finish, and stops. */
    @Override
    public void close() {
        app.stop();
    }
}
