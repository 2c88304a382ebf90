package dev.accolade.adapter.in.rest.compat.userbadges;

import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.error.ErrorMapping;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UserBadges' wire format for failures: {@code {"error": message, "code": code}}, 401 for missing or
 * refused credentials, 404 for what does not exist, 429 for too many requests or failed sign-ins, 400 for
 * everything a client sent wrong, and 500 with
 * the error id; every answer carries the time the server took, as the API's successes do.
 */
public final class UserBadgesDialect implements Dialect {

    @Override
    public String name() {
        return "userbadges";
    }

    @Override
    public String base() {
        return SignedRequestHeaders.MOUNT;
    }

    @Override
    public ErrorReply refusal(DomainException error, Context ctx) {
        int status = switch (error.category()) {
            case UNAUTHENTICATED, FORBIDDEN -> 401;
            case NOT_FOUND -> 404;
            case TOO_MANY_REQUESTS -> 429;
            default -> 400;
        };
        return new ErrorReply(status, body(error.getMessage(), error.code()));
    }

    @Override
    public ErrorReply rejection(RequestRejected rejection) {
        int status = rejection.status() == RequestRejected.CONTENT_TOO_LARGE
                || rejection.status() == RequestRejected.UNAVAILABLE ? rejection.status() : 400;
        return new ErrorReply(status, body(rejection.getMessage(), rejection.code()));
    }

    @Override
    public ErrorReply unknownRoute(Context ctx) {
        return ErrorMapping.routeNotFound(ctx.method().name(), ctx.path());
    }

    @Override
    public ErrorReply internalError(String errorId) {
        Map<String, String> body = body("Internal server error; quote error id " + errorId + " to the operator.",
                "internal_error");
        body.put("error_id", errorId);
        return new ErrorReply(500, body);
    }

    @Override
    public void send(Context ctx, ErrorReply reply) {
        DialectExchange.send(ctx, reply.status(), reply.body());
    }

    private static Map<String, String> body(String message, String code) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code);
        return body;
    }
}
