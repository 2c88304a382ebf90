package dev.accolade.adapter.in.rest.compat.mcserver;

import dev.accolade.adapter.in.rest.error.RequestRejected;
import dev.accolade.adapter.in.rest.observe.RequestLog;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialect's one error mapping: every failure of its routes becomes {@code {"error": code,
 * "message": …}} with the status mc-coal clients expect: bad input, conflicts and broken rules 400,
 * missing or refused credentials 401, unknown things 404, anything else 500 with a generic message.
 */
final class McServerErrors {

    private static final Logger LOG = LoggerFactory.getLogger(McServerErrors.class);

    private McServerErrors() {
    }

    /** The handler, with its failures answered in the dialect's form. */
    static Handler handled(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (DomainException error) {
                send(ctx, statusOf(error), error.code(), error.getMessage());
            } catch (RequestRejected rejection) {
                send(ctx, rejection.status(), rejection.code(), rejection.getMessage());
            } catch (HttpResponseException error) {
                if (error.getStatus() >= 500) {
                    serverError(ctx, error);
                } else {
                    send(ctx, error.getStatus(), "bad_request", error.getMessage());
                }
            } catch (RuntimeException error) {
                serverError(ctx, error);
            }
        };
    }

    /** The status of a domain failure: INVALID, CONFLICT and RULE_VIOLATION 400, UNAUTHENTICATED and FORBIDDEN 401. */
    static int statusOf(DomainException error) {
        switch (error.category()) {
            case INVALID:
            case CONFLICT:
            case RULE_VIOLATION:
                return 400;
            case UNAUTHENTICATED:
            case FORBIDDEN:
                return 401;
            case NOT_FOUND:
                return 404;
            default:
                return 500;
        }
    }

    private static void serverError(Context ctx, Exception error) {
        String errorId = RequestLog.idOf(ctx);
        LOG.error("Unexpected failure, error id {}, on {} {}", errorId, ctx.method(), ctx.path(), error);
        send(ctx, 500, "internal_error", "Something went wrong on our side; the error id is " + errorId + ".");
    }

    private static void send(Context ctx, int status, String code, String message) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"accolade\"");
        }
        ctx.status(status).json(new McServerError(code, message));
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
