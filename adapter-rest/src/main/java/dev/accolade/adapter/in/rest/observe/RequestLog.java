package dev.accolade.adapter.in.rest.observe;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id, returned as {@code X-Request-Id}, and logs one line per request with its
 * method, path, status, duration and id. A caller's own {@code X-Request-Id} is kept when it is a
 * short token of letters, digits, {@code -} and {@code _}; anything else is replaced. Query strings,
 * bodies and headers are never logged, so no credential reaches the log.
 */
public final class RequestLog {

    /** The header that carries the request id both ways. */
    public static final String HEADER = "X-Request-Id";

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final String ATTRIBUTE = "accolade.request-id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private RequestLog() {
    }

    /** Installs the id and the log line on a server being configured. */
    public static void install(JavalinConfig config) {
        config.routes.before(RequestLog::assignId);
        config.requestLogger.http(RequestLog::log);
    }

    /** The id of the request being handled. */
    public static String idOf(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? assignId(ctx) : id;
    }

    private static String assignId(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        return id;
    }

    private static void log(Context ctx, Float millis) {
        LOG.info("{} {} {} {}ms id={}", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis), idOf(ctx));
    }
}
