package dev.accolade.adapter.in.rest.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.RecordEventsUseCase;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The native API's event route: an issuer's events, counted towards its templates' rules. */
public final class EventRoutes {

    private static final String EVENTS = "/v1/issuers/{id}/events";

    private final RecordEventsUseCase recordEvents;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over this use case. */
    public EventRoutes(RecordEventsUseCase recordEvents, Authenticator authenticator, JsonBodies bodies) {
        this.recordEvents = requireNonNull(recordEvents, "recordEvents");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(EVENTS, this::record);
    }

    private void record(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "id"));
        RecordEventsRequest request = bodies.read(ctx, RecordEventsRequest.class);
        Responses.ok(ctx, RecordedEventsResponse.from(recordEvents.recordEvents(request.toCommand(actor, issuer))));
    }
}
