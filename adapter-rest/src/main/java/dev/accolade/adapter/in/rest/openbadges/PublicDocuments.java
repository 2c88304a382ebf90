package dev.accolade.adapter.in.rest.openbadges;

import dev.accolade.application.credential.PublicDocument;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;

/**
 * Writes the documents verifiers fetch: their own media type (JSON-LD as plain JSON when a client asks
 * for only that), 410 Gone for what was withdrawn, readable from any origin, and cacheable for a while.
 */
final class PublicDocuments {

    /** How long a credential document may be cached. */
    static final Duration DOCUMENT_AGE = Duration.ofMinutes(1);
    /** How long a profile or a key may be cached: a rotation's new key shows within a minute. */
    static final Duration PROFILE_AGE = Duration.ofMinutes(1);
    /** How long a status list may be cached: a revocation shows within a minute. */
    static final Duration STATUS_AGE = Duration.ofMinutes(1);

    private static final String JSON = "application/json";

    private PublicDocuments() {
    }

    /** Answers with the document, cacheable for this long. */
    static void send(Context ctx, PublicDocument document, Duration maxAge) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cache-Control", "public, max-age=" + maxAge.toSeconds());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Vary", "Accept");
        ctx.status(document.gone() ? HttpStatus.GONE : HttpStatus.OK);
        ctx.contentType(mediaType(ctx, document.mediaType()));
        ctx.result(document.body());
    }

    /** Whether the client prefers a VC-JWT to JSON-LD. */
    static boolean wantsJwt(Context ctx) {
        return AcceptHeader.of(ctx.header("Accept")).prefers(PublicDocument.VC_JWT, PublicDocument.JSON_LD,
                JSON, "application/vc+ld+json");
    }

    private static String mediaType(Context ctx, String mediaType) {
        if (!PublicDocument.JSON_LD.equals(mediaType)) {
            return mediaType.startsWith("image/svg") ? mediaType + "; charset=utf-8" : mediaType;
        }
        boolean plainJson = AcceptHeader.of(ctx.header("Accept")).prefers(JSON, PublicDocument.JSON_LD);
        return (plainJson ? JSON : PublicDocument.JSON_LD) + "; charset=utf-8";
    }
}
