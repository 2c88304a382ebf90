package dev.accolade.adapter.in.rest.observe;

import dev.accolade.adapter.in.rest.auth.AuthorizationHeader;
import dev.accolade.adapter.in.rest.auth.ConfiguredTokens;
import dev.accolade.application.port.in.InvalidCredentials;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code GET /metrics}: every meter in Prometheus's text format, for the operator's scraper. Only the
 * admin token or the metrics token reads it, as {@code Bearer}; no token is {@code authentication_required}
 * and any other (an issuer's key, a member's session) {@code invalid_credentials}, both 401 in the native
 * form.
 */
public final class MetricsRoute {

    /** The route's path. */
    public static final String PATH = "/metrics";
    /** The content type of Prometheus's text exposition format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final ConfiguredTokens readers;

    /** A route writing out this registry to whoever holds one of these tokens. */
    public MetricsRoute(PrometheusMeterRegistry registry, ConfiguredTokens readers) {
        this.registry = registry;
        this.readers = readers;
    }

    /** Answers a scrape. */
    public void serve(Context ctx) {
        String token = AuthorizationHeader.tokenOf(ctx.header("Authorization")).orElseThrow(() ->
                DomainException.unauthenticated("authentication_required", "The metrics are read with the admin"
                        + " token or the metrics token, as Bearer."));
        if (!readers.accepts(token)) {
            throw InvalidCredentials.refusal();
        }
        ctx.contentType(CONTENT_TYPE).result(registry.scrape());
    }
}
