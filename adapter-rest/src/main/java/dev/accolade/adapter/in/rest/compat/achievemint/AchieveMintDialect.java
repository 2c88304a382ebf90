package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.error.ErrorMapping;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import io.javalin.http.Context;

/**
 * Achieve Mint's wire format for failures, through {@link AchieveMintErrors}: a method's failure is
 * its Error object with HTTP 200, as the specification's clients read the body, and the code in
 * {@code X-Accolade-Error}; too many requests or failed sign-ins are the Error object with HTTP 429, so
 * that clients and proxies that back off on that status do; an unexpected failure is a 500 with its
 * error id.
 */
public final class AchieveMintDialect implements Dialect {

    private static final int TOO_MANY_REQUESTS = 429;

    @Override
    public String name() {
        return "achievemint";
    }

    @Override
    public String base() {
        return AchieveMintRoutes.BASE;
    }

    @Override
    public ErrorReply refusal(DomainException error, Context ctx) {
        ctx.header("X-Accolade-Error", error.code());
        int status = error.category() == ErrorCategory.TOO_MANY_REQUESTS ? TOO_MANY_REQUESTS : 200;
        return new ErrorReply(status, AchieveMintErrors.replyTo(error));
    }

    @Override
    public ErrorReply rejection(RequestRejected rejection) {
        return new ErrorReply(200, AchieveMintErrors.replyTo(rejection.code(), rejection.getMessage()));
    }

    @Override
    public ErrorReply unknownRoute(Context ctx) {
        return ErrorMapping.routeNotFound(ctx.method().name(), ctx.path());
    }

    @Override
    public ErrorReply internalError(String errorId) {
        return new ErrorReply(500, AchieveMintErrors.internal(errorId));
    }
}
