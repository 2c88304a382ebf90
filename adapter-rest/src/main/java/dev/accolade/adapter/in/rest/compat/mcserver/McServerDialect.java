package dev.accolade.adapter.in.rest.compat.mcserver;

import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.error.ErrorMapping;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;

/**
 * The mc-coal wire format for failures: {@code {"error": code, "message": …}} with the status its
 * clients expect: bad input, conflicts and broken rules 400, missing or refused credentials 401 (naming
 * the Bearer scheme), unknown things 404, too many requests 429, anything else 500 with a generic message
 * and the error id.
 */
public final class McServerDialect implements Dialect {

    @Override
    public String name() {
        return "mcserver";
    }

    @Override
    public String base() {
        return McServerRoutes.BASE;
    }

    @Override
    public ErrorReply refusal(DomainException error, Context ctx) {
        int status = switch (error.category()) {
            case INVALID, CONFLICT, RULE_VIOLATION -> 400;
            case UNAUTHENTICATED, FORBIDDEN -> 401;
            case NOT_FOUND -> 404;
            case TOO_MANY_REQUESTS -> 429;
        };
        return new ErrorReply(status, new McServerError(error.code(), error.getMessage()));
    }

    @Override
    public ErrorReply rejection(RequestRejected rejection) {
        return new ErrorReply(rejection.status(), new McServerError(rejection.code(), rejection.getMessage()));
    }

    @Override
    public ErrorReply unknownRoute(Context ctx) {
        return ErrorMapping.routeNotFound(ctx.method().name(), ctx.path());
    }

    @Override
    public ErrorReply internalError(String errorId) {
        return new ErrorReply(500, new McServerError("internal_error",
                "Something went wrong on our side; the error id is " + errorId + "."));
    }

    @Override
    public void send(Context ctx, ErrorReply reply) {
        if (reply.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"accolade\"");
        }
        ctx.status(reply.status()).json(reply.body());
    }

    /**
     * An error as the dialect answers it.
     *
     * @param error the stable code
     * @param message what went wrong, in words
     */
    record McServerError(String error, String message) {
    }
}
