package dev.accolade.adapter.in.rest.observe;

import dev.accolade.application.health.CheckReadinessUseCase;
import dev.accolade.application.health.Readiness;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /health}: liveness and readiness in one answer, open to anyone. 200 with
 * {@code {"status":"ok","database":"ready"}} when the store answers; 503 with
 * {@code {"status":"unavailable","database":"unavailable"}} when it does not.
 */
public final class HealthRoute {

    /** The route's path. */
    public static final String PATH = "/health";

    private final CheckReadinessUseCase readiness;

    /** A health route over the readiness check. */
    public HealthRoute(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    /** Answers a probe. */
    public void serve(Context ctx) {
        Readiness now = readiness.checkReadiness();
        if (now.storeReady()) {
            ctx.json(Map.of("status", "ok", "database", "ready"));
        } else {
            ctx.status(503).json(Map.of("status", "unavailable", "database", "unavailable"));
        }
    }
}
