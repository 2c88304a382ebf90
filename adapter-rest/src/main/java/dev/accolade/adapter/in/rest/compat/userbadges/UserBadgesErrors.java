package dev.accolade.adapter.in.rest.compat.userbadges;

import dev.accolade.adapter.in.rest.error.RequestRejected;
import dev.accolade.adapter.in.rest.observe.RequestLog;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialect's one translation from a failure to a response, as the UserBadges API specifies: 400
 * for a badly formed request or a broken rule, 401 for a missing right or a bad credential, 404 for
 * an unknown service, 500 for anything else, logged under an id. Bodies are
 * {@code {"error": message, "code": code}}.
 */
final class UserBadgesErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UserBadgesErrors.class);

    private UserBadgesErrors() {
    }

    /** The status and body for a failure. */
    static Reply replyTo(Exception failure, Context ctx) {
        if (failure instanceof DomainException broken) {
            return new Reply(statusOf(broken), body(broken.getMessage(), broken.code()));
        }
        if (failure instanceof RequestRejected rejected) {
            return new Reply(400, body(rejected.getMessage(), rejected.code()));
        }
        String errorId = RequestLog.idOf(ctx);
        LOG.error("Unexpected failure, error id {}, on {} {}", errorId, ctx.method(), ctx.path(), failure);
        Map<String, String> body = body("Internal server error; quote error id " + errorId + " to the operator.",
                "internal_error");
        body.put("error_id", errorId);
        return new Reply(500, body);
    }

    private static int statusOf(DomainException broken) {
        switch (broken.category()) {
            case UNAUTHENTICATED:
            case FORBIDDEN:
                return 401;
            case NOT_FOUND:
                return 404;
            default:
                return 400;
        }
    }

    private static Map<String, String> body(String message, String code) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code);
        return body;
    }

    /**
     * An error response.
     *
     * @param status the HTTP status
     * @param body the JSON body
     */
    record Reply(int status, Map<String, String> body) {
    }
}
