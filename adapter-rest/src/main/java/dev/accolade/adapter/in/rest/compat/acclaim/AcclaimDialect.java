package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;

/** Acclaim's wire format for failures, through {@link AcclaimErrors}; a 401 names the Basic scheme. */
public final class AcclaimDialect implements Dialect {

    @Override
    public String name() {
        return "acclaim";
    }

    @Override
    public String base() {
        return AcclaimRoutes.BASE;
    }

    @Override
    public ErrorReply refusal(DomainException error, Context ctx) {
        return AcclaimErrors.replyTo(error);
    }

    @Override
    public ErrorReply rejection(RequestRejected rejection) {
        return AcclaimErrors.replyTo(rejection);
    }

    @Override
    public ErrorReply unknownRoute(Context ctx) {
        return AcclaimErrors.notFound();
    }

    @Override
    public ErrorReply internalError(String errorId) {
        return AcclaimErrors.serverError();
    }

    @Override
    public void send(Context ctx, ErrorReply reply) {
        if (reply.status() == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"acclaim\"");
        }
        ctx.status(reply.status()).json(reply.body());
    }
}
