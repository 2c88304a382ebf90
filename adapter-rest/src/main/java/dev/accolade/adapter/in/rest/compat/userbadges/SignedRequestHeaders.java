package dev.accolade.adapter.in.rest.compat.userbadges;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.signing.IssuerCredentials;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads what a write to a service proves: {@code Authorization: <key>} (a bare key, or
 * {@code Bearer <key>}), or the {@code ts} and {@code signature} query parameters over the canonical
 * message {@code METHOD \n PATH \n TS \n BODY}, or nothing. Never logs what it reads.
 */
final class SignedRequestHeaders {

    /** Where the dialect is mounted; signed paths start after it, at {@code /v1/}. */
    static final String MOUNT = "/compat/userbadges";

    private static final int MAX_TS_DIGITS = 12;
    private static final String BEARER = "bearer ";

    private SignedRequestHeaders() {
    }

    /** The credentials of a write to this service with this body. */
    static IssuerCredentials of(Context ctx, String service, byte[] body) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            String key = authorization.strip();
            if (key.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                key = key.substring(BEARER.length()).strip();
            }
            return IssuerCredentials.key(service, key);
        }
        String ts = ctx.queryParam("ts");
        String signature = ctx.queryParam("signature");
        if (ts == null && signature == null) {
            return IssuerCredentials.none(service);
        }
        if (signature == null || signature.isEmpty()) {
            throw RequestRejected.badRequest("signature_missing", "Missing signature: give signature with ts.");
        }
        if (ts == null || ts.isEmpty() || ts.length() > MAX_TS_DIGITS || !ts.chars().allMatch(Character::isDigit)) {
            throw RequestRejected.badRequest("ts_invalid",
                    "The ts parameter must be the request time in whole seconds since 1970-01-01 UTC.");
        }
        return IssuerCredentials.signature(service, canonical(ctx.method().name(), pathOf(ctx), ts, body),
                Long.parseLong(ts), signature);
    }

    /** The refusal of a write that carries no credentials at all. */
    static RequestRejected missing() {
        return RequestRejected.badRequest("signature_missing",
                "Missing signature: send Authorization: <key>, or the ts and signature parameters.");
    }

    /** The message a client signs: method, path below the mount, timestamp and body, separated by newlines. */
    static byte[] canonical(String method, String path, String ts, byte[] body) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes((method.toUpperCase(Locale.ROOT) + "\n" + path + "\n" + ts + "\n")
                .getBytes(StandardCharsets.UTF_8));
        message.writeBytes(body);
        return message.toByteArray();
    }

    /** The request's path as sent, percent-encoding kept, without the mount: {@code /v1/demo/badges.json}. */
    private static String pathOf(Context ctx) {
        String uri = ctx.req().getRequestURI();
        return uri.startsWith(MOUNT) ? uri.substring(MOUNT.length()) : uri;
    }
}
