package dev.accolade.adapter.in.rest.dialect;

import dev.accolade.adapter.in.rest.observe.RequestLog;
import dev.accolade.application.port.out.StoreBusy;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.RateLimited;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failed request is answered: each failure goes to the dialect mounted over the
 * request's path (the native API elsewhere), which puts it in its wire format. An unexpected failure
 * is logged here, once, with the request's id, and answered with that id and nothing else.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    /** How long a client is asked to wait before it sends a request again that found the store busy. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final String REFUSAL = "accolade.refusal";

    private final List<Dialect> dialects;
    private final Dialect fallback;

    private Failures(List<Dialect> dialects, Dialect fallback) {
        this.dialects = List.copyOf(dialects);
        this.fallback = fallback;
    }

    /**
     * Registers the handlers on a server's routes: the dialects by their bases, the fallback elsewhere;
     * returns them, for failures the web server answers before any route runs.
     */
    public static Failures register(RoutesConfig routes, List<Dialect> dialects, Dialect fallback) {
        Failures failures = new Failures(dialects, fallback);
        routes.exception(DomainException.class, (error, ctx) -> failures.refused(error, ctx));
        routes.exception(RequestRejected.class, (rejection, ctx) -> failures.rejected(rejection, ctx));
        routes.exception(StoreBusy.class, (busy, ctx) -> failures.busy(ctx));
        routes.exception(EndpointNotFound.class, (missing, ctx) -> failures.unknownRoute(ctx));
        routes.exception(HttpResponseException.class, (error, ctx) -> failures.fromServer(error, ctx));
        routes.exception(Exception.class, (error, ctx) -> failures.unexpected(error, ctx));
        return failures;
    }

    /** The dialect that answers a request. */
    public Dialect dialectOf(Context ctx) {
        return dialectFor(ctx.path());
    }

    /** The dialect that answers a request for this path. */
    public Dialect dialectFor(String path) {
        return dialects.stream().filter(dialect -> dialect.covers(path)).findFirst().orElse(fallback);
    }

    /** The broken rule or refusal a request was answered with, if it was answered with one. */
    public static Optional<DomainException> refusalOf(Context ctx) {
        return Optional.ofNullable(ctx.attribute(REFUSAL));
    }

    /** A broken rule or refusal in the dialect's form; one that says when to try again sets {@code Retry-After}. */
    private void refused(DomainException error, Context ctx) {
        ctx.attribute(REFUSAL, error);
        if (error instanceof RateLimited limited) {
            ctx.header("Retry-After", Long.toString(limited.retryAfterSeconds()));
        }
        Dialect dialect = dialectOf(ctx);
        dialect.send(ctx, dialect.refusal(error, ctx));
    }

    private void rejected(RequestRejected rejection, Context ctx) {
        Dialect dialect = dialectOf(ctx);
        dialect.send(ctx, dialect.rejection(rejection));
    }

    /**
     * A unit of work that kept losing to concurrent ones: nothing was written, so the client may send the
     * same request again; a 503 in the dialect's form, with {@code Retry-After}, never a 500.
     */
    private void busy(Context ctx) {
        ctx.header("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
        rejected(RequestRejected.withStatus(RequestRejected.UNAVAILABLE, "store_busy", "The server is busy with"
                + " concurrent writes and wrote nothing; send the request again in a moment."), ctx);
    }

    private void unknownRoute(Context ctx) {
        Dialect dialect = dialectOf(ctx);
        dialect.send(ctx, dialect.unknownRoute(ctx));
    }

    /** A refusal the web server raised itself, such as a body over its limit; its own failures are unexpected. */
    private void fromServer(HttpResponseException error, Context ctx) {
        if (error.getStatus() >= 500) {
            unexpected(error, ctx);
            return;
        }
        HttpStatus status = HttpStatus.forStatus(error.getStatus());
        String code = status.getMessage().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String message = error.getMessage() == null || error.getMessage().isBlank() ? status.getMessage()
                : error.getMessage();
        rejected(RequestRejected.withStatus(error.getStatus(), code, message), ctx);
    }

    private void unexpected(Exception error, Context ctx) {
        String errorId = RequestLog.idOf(ctx);
        LOG.error("Unexpected failure, error id {}, on {} {}", errorId, ctx.method(), ctx.path(), error);
        Dialect dialect = dialectOf(ctx);
        dialect.send(ctx, dialect.internalError(errorId));
    }
}
