package dev.accolade.adapter.in.rest.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Envelope;
import dev.accolade.application.award.BulkAwardUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.stream.IntStream;

/** The native API's bulk award: one template to up to a thousand recipients in one call, all or none. */
public final class BulkAwardRoutes {

    private static final String BULK = "/v1/templates/{template_id}/awards/bulk";

    private final BulkAwardUseCase bulkAward;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over the use case. */
    public BulkAwardRoutes(BulkAwardUseCase bulkAward, Authenticator authenticator, JsonBodies bodies) {
        this.bulkAward = requireNonNull(bulkAward, "bulkAward");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.post(BULK, this::awardInBulk);
    }

    private void awardInBulk(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        TemplateId template = new TemplateId(PathIds.of(ctx, "template_id"));
        BulkAwardBody body = bodies.read(ctx, BulkAwardBody.class);
        List<AwardOutcome> outcomes = bulkAward.awardInBulk(body.toCommand(actor, template,
                ctx.header(AwardRoutes.IDEMPOTENCY_KEY)));
        List<BulkOutcomeResponse> answer = IntStream.range(0, outcomes.size())
                .mapToObj(position -> BulkOutcomeResponse.from(position, outcomes.get(position))).toList();
        ctx.status(HttpStatus.OK).json(Envelope.of(answer));
    }
}
