package dev.accolade.adapter.in.rest.error;

import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The native API's wire format for failures, through {@link ErrorMapping}; it also answers every
 * path no other dialect is mounted over. A 401 names the Bearer scheme.
 */
public final class NativeDialect implements Dialect {

    @Override
    public String name() {
        return "native";
    }

    @Override
    public String base() {
        return "/v1";
    }

    @Override
    public ErrorReply refusal(DomainException error, Context ctx) {
        Optional<AddressedResource> addressed = ctx.pathParamMap().isEmpty() ? Optional.empty()
                : Optional.of(AddressedResource.inPath(ctx.path()));
        return ErrorMapping.replyTo(error, addressed);
    }

    @Override
    public ErrorReply rejection(RequestRejected rejection) {
        return ErrorMapping.replyTo(rejection);
    }

    @Override
    public ErrorReply unknownRoute(Context ctx) {
        return ErrorMapping.routeNotFound(ctx.method().name(), ctx.path());
    }

    @Override
    public ErrorReply internalError(String errorId) {
        return ErrorMapping.serverError(errorId);
    }

    @Override
    public void send(Context ctx, ErrorReply reply) {
        if (reply.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"accolade\"");
        }
        ctx.status(reply.status()).json(reply.body());
    }
}
