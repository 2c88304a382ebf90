package dev.accolade.adapter.in.rest.page;

import io.javalin.http.Context;

/**
 * The security headers every page carries: a Content-Security-Policy that allows no inline script and
 * no framing, no MIME sniffing, and no full URL sent on as the referrer.
 */
public final class PageHeaders {

    /** Scripts, styles and forms from this server only; images also as data URLs (baked SVGs draw some). */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private PageHeaders() {
    }

    /** Sets the headers on a page's response, when the request is a page's. */
    public static void apply(Context ctx) {
        if (!PagePaths.covers(ctx.path()) && !ctx.path().startsWith("/ob/")) {
            return;
        }
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
