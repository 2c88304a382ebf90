package dev.accolade.adapter.in.rest.observe;

import dev.accolade.adapter.in.rest.dialect.Failures;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Times every request the routes answer into {@code http_server_requests_seconds}, labelled by the route's
 * template as it was registered ({@code /v1/awards/{id}}, never the raw path; {@code unmatched} when no route
 * matched, so that the number of series stays bounded whatever clients send), the method, the status and
 * the dialect that answers the path ({@code native}, {@code achievemint}, {@code acclaim},
 * {@code userbadges}, {@code mcserver}). The histogram's buckets suit an API answering in milliseconds.
 */
public final class RequestMetrics {

    /** The timer's name; Prometheus shows it as {@code http_server_requests_seconds}. */
    public static final String NAME = "http.server.requests";
    /** The route label of a request no route matched. */
    public static final String UNMATCHED = "unmatched";

    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final MeterRegistry registry;
    private final Failures failures;

    private RequestMetrics(MeterRegistry registry, Failures failures) {
        this.registry = registry;
        this.failures = failures;
    }

    /** Records every request of a server being configured, each once it has been answered. */
    public static void install(JavalinConfig config, MeterRegistry registry, Failures failures) {
        config.requestLogger.http(new RequestMetrics(registry, failures)::record);
    }

    private void record(Context ctx, Float millis) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        Timer.builder(NAME).description("HTTP requests answered, by route template, method, status and dialect")
                .tag("route", matched == null ? UNMATCHED : matched.path)
                .tag("method", ctx.method().name())
                .tag("status", Integer.toString(ctx.statusCode()))
                .tag("dialect", failures.dialectFor(ctx.path()).name())
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(Math.round(millis.doubleValue() * NANOS_PER_MILLI), TimeUnit.NANOSECONDS);
    }
}
