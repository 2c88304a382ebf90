package dev.accolade.adapter.in.rest.limit;

import com.google.common.base.Ticker;
import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.in.rest.dialect.Failures;
import dev.accolade.application.port.in.InvalidCredentials;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The request limits on every path but {@code /health} and {@code /metrics}, through a {@link RequestLimiter}
 * kept in this instance's memory: a request is admitted or refused with {@code rate_limited} before any route
 * runs, and the routes that accept a credential say so through {@link #accepted}. Also tells the routes the
 * client's address, which the sign-in throttle counts by.
 */
public final class RequestLimits {

    /** The paths that are never limited: probes of load balancers and metrics scrapers. */
    public static final Set<String> UNLIMITED = Set.of("/health", "/metrics");

    private static final String CHARGE = "accolade.limits.charge";
    private static final String LIMITER = "accolade.limits.limiter";
    private static final String TOKEN = "token";
    private static final String SIGNED = "signed";

    private final RateLimits limits;
    private final RequestLimiter limiter;

    /** Limits on the system's ticker. */
    public RequestLimits(RateLimits limits) {
        this(limits, Ticker.systemTicker());
    }

    /** Limits on this ticker. */
    RequestLimits(RateLimits limits, Ticker ticker) {
        this.limits = limits;
        this.limiter = new RequestLimiter(limits, ticker);
    }

    /** Puts the limits before every route, and the forgetting of refused credentials after. */
    public void install(RoutesConfig routes) {
        routes.before(this::admit);
        routes.after(this::settle);
    }

    /**
     * A route accepted the token (an API key, a session token, the admin token) that this request presents:
     * from now on the token's own bucket pays for it; refused with {@code rate_limited} when that is empty.
     */
    public static void accepted(Context ctx, String token) {
        charge(ctx, TOKEN, token);
    }

    /** A route accepted a request signed for this service: the service's bucket pays for it. */
    public static void acceptedSigned(Context ctx, String service) {
        charge(ctx, SIGNED, service);
    }

    /** Where the request comes from, by the socket's peer and the trusted proxies' {@code X-Forwarded-For}. */
    public static String clientAddress(Context ctx) {
        RequestLimiter.Charge charge = ctx.attribute(CHARGE);
        if (charge != null) {
            return charge.address();
        }
        return ClientAddress.of(ctx.req().getRemoteAddr(), List.of(), List.of());
    }

    private void admit(Context ctx) {
        if (UNLIMITED.contains(ctx.path())) {
            return;
        }
        String address = ClientAddress.of(ctx.req().getRemoteAddr(),
                Collections.list(ctx.req().getHeaders("X-Forwarded-For")), limits.trustedProxies());
        List<String> presented = PresentedTokens.of(ctx).stream()
                .map(token -> RequestLimiter.fingerprint(TOKEN, token)).toList();
        RequestLimiter.Charge charge = new RequestLimiter.Charge(address);
        ctx.attribute(LIMITER, limiter);
        ctx.attribute(CHARGE, charge);
        limiter.admit(charge, presented);
    }

    private void settle(Context ctx) {
        RequestLimiter.Charge charge = ctx.attribute(CHARGE);
        if (charge != null && Failures.refusalOf(ctx).filter(InvalidCredentials::is).isPresent()) {
            limiter.refused(charge);
        }
    }

    private static void charge(Context ctx, String kind, String credential) {
        RequestLimiter limiter = ctx.attribute(LIMITER);
        RequestLimiter.Charge charge = ctx.attribute(CHARGE);
        if (limiter != null && charge != null) {
            limiter.accepted(charge, RequestLimiter.fingerprint(kind, credential));
        }
    }
}
