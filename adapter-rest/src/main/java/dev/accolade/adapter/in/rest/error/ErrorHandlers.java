package dev.accolade.adapter.in.rest.error;

import dev.accolade.adapter.in.rest.observe.RequestLog;
import dev.accolade.domain.error.DomainException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers how every failure of a request becomes a JSON error response, through {@link ErrorMapping}. */
public final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    /**
     * Adds the handlers to a server's routes; a request no route serves gets the reply of the dialect
     * mounted over its path, if any, and the native {@code route_not_found} otherwise.
     */
    public static void register(RoutesConfig routes, List<DialectMount> dialects) {
        List<DialectMount> mounts = List.copyOf(dialects);
        routes.exception(DomainException.class,
                (error, ctx) -> send(ctx, ErrorMapping.replyTo(error, addressed(ctx))));
        routes.exception(RequestRejected.class, (rejection, ctx) -> send(ctx, ErrorMapping.replyTo(rejection)));
        routes.exception(EndpointNotFound.class, (error, ctx) -> send(ctx, mounts.stream()
                .filter(mount -> mount.covers(ctx.path())).map(DialectMount::unknownRoute).findFirst()
                .orElseGet(() -> ErrorMapping.routeNotFound(ctx.method().name(), ctx.path()))));
        routes.exception(HttpResponseException.class, (error, ctx) -> send(ctx, fromJavalin(error)));
        routes.exception(Exception.class, (error, ctx) -> {
            String errorId = RequestLog.idOf(ctx);
            LOG.error("Unexpected failure, error id {}, on {} {}", errorId, ctx.method(), ctx.path(), error);
            send(ctx, ErrorMapping.serverError(errorId));
        });
    }

    private static Optional<AddressedResource> addressed(Context ctx) {
        return ctx.pathParamMap().isEmpty() ? Optional.empty() : Optional.of(AddressedResource.inPath(ctx.path()));
    }

    private static ErrorReply fromJavalin(HttpResponseException error) {
        if (error.getStatus() >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Server failure, error id {}, status {}", errorId, error.getStatus(), error);
            return ErrorMapping.serverError(errorId);
        }
        HttpStatus status = HttpStatus.forStatus(error.getStatus());
        String code = status.getMessage().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String message = error.getMessage() == null || error.getMessage().isBlank() ? status.getMessage()
                : error.getMessage();
        return new ErrorReply(error.getStatus(), new ErrorBody(message, code));
    }

    private static void send(Context ctx, ErrorReply reply) {
        if (reply.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"accolade\"");
        }
        ctx.status(reply.status()).json(reply.body());
    }
}
