package dev.accolade.adapter.in.rest.observe;

import dev.accolade.application.health.CheckReadinessUseCase;
import dev.accolade.application.health.Readiness;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /health}: liveness and readiness in one answer, open to anyone. 200 with
 * {@code {"status":"ok","database":"ready"}} when the store answers; 503 with
 * {@code {"status":"unavailable","database":"unavailable"}} when it does not, and 503 with
 * {@code {"status":"draining",…}} once the server has begun to stop, so that a load balancer sends new
 * requests elsewhere while those in flight finish.
 */
public final class HealthRoute {

    /** The route's path. */
    public static final String PATH = "/health";

    private final CheckReadinessUseCase readiness;
    private final Draining draining;

    /** A health route over the readiness check, reporting draining while the server stops. */
    public HealthRoute(CheckReadinessUseCase readiness, Draining draining) {
        this.readiness = readiness;
        this.draining = draining;
    }

    /** Answers a probe. */
    public void serve(Context ctx) {
        draining.probed();
        Readiness now = readiness.checkReadiness();
        String database = now.storeReady() ? "ready" : "unavailable";
        if (draining.started()) {
            ctx.status(503).json(Map.of("status", "draining", "database", database));
        } else if (now.storeReady()) {
            ctx.json(Map.of("status", "ok", "database", "ready"));
        } else {
            ctx.status(503).json(Map.of("status", "unavailable", "database", "unavailable"));
        }
    }
}
