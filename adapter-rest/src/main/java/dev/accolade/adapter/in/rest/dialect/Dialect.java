package dev.accolade.adapter.in.rest.dialect;

import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;

/**
 * An API that clients speak, native or one of the earlier services': where it is mounted and how a
 * failure reads in its wire format. A dialect maps; it decides no rule. {@link Failures} calls it for
 * every failure under its base path, so that its routes only throw.
 */
public interface Dialect {

    /** The dialect's short name, such as {@code acclaim} or {@code native}, as the metrics label requests. */
    String name();

    /** The path every route of the dialect starts with, such as {@code /compat/acclaim}. */
    String base();

    /** The reply to a broken rule or a refusal of the core, given the request it answers. */
    ErrorReply refusal(DomainException error, Context ctx);

    /** The reply to a request the adapter refused before any use case ran. */
    ErrorReply rejection(RequestRejected rejection);

    /** The reply to a request under the base that no route serves; most dialects keep the native API's. */
    ErrorReply unknownRoute(Context ctx);

    /** The reply to an unexpected failure, which {@link Failures} has logged under this id. */
    ErrorReply internalError(String errorId);

    /** Sends a reply: its status and JSON body, with any header the dialect adds. */
    default void send(Context ctx, ErrorReply reply) {
        ctx.status(reply.status()).json(reply.body());
    }

    /** Whether a request path lies under the base: the base itself or anything below it. */
    default boolean covers(String path) {
        return path.equals(base()) || path.startsWith(base() + "/");
    }
}
