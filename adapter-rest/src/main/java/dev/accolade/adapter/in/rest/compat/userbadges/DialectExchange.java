package dev.accolade.adapter.in.rest.compat.userbadges;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.domain.issuer.Issuer;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;

/**
 * How every request of the dialect is answered: JSON as {@code application/json; charset=utf-8}, an
 * {@code X-Response-Time} header, {@code Access-Control-Allow-Origin: *} on reads, and every failure
 * through {@link UserBadgesDialect}. Writes read their body once, then authenticate it.
 */
final class DialectExchange {

    /** The header that says how long the server took. */
    static final String RESPONSE_TIME = "X-Response-Time";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String STARTED = "userbadges.started";

    /** A read: the response body for a request. */
    @FunctionalInterface
    interface Read {
        JsonNode answer(Context ctx);
    }

    /** What makes sure a write may change the service: the service, or a refusal. */
    @FunctionalInterface
    interface Gate {
        Issuer admit(Context ctx, byte[] body);
    }

    /** A write: the response body for a request admitted for this service, with its body. */
    @FunctionalInterface
    interface Write {
        JsonNode answer(Context ctx, Issuer service, byte[] body);
    }

    /** A public read, open to any origin. */
    Handler read(Read read) {
        return ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            ctx.header("Access-Control-Allow-Origin", "*");
            send(ctx, 200, read.answer(ctx));
        };
    }

    /** A write, admitted by the gate first. */
    Handler write(Gate gate, Write write) {
        return ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            byte[] body = bodyOf(ctx);
            send(ctx, 200, write.answer(ctx, gate.admit(ctx, body), body));
        };
    }

    /** The answer to a CORS preflight: reads only, from any origin; writes are for servers holding a secret. */
    static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Allow-Methods", "GET, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Content-Type");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }

    /** Sends a status and a JSON body, with the time the server took since the exchange began. */
    static void send(Context ctx, int status, Object body) {
        Long started = ctx.attribute(STARTED);
        long millis = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
        ctx.header(RESPONSE_TIME, millis + "ms");
        ctx.status(status).contentType(CONTENT_TYPE).result(text(body));
    }

    private static byte[] bodyOf(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException tooLarge) {
            throw RequestRejected.tooLarge(JsonBodies.MAX_BODY_BYTES);
        }
    }

    private static String text(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response body that cannot be written as JSON", e);
        }
    }
}
