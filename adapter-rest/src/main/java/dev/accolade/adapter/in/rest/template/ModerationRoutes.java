package dev.accolade.adapter.in.rest.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.moderation.ApproveTemplateUseCase;
import dev.accolade.application.moderation.RejectTemplateUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rating.RateTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The native API's routes that judge templates: the operator's approval or rejection, and members' ratings. */
public final class ModerationRoutes {

    private final ApproveTemplateUseCase approveTemplate;
    private final RejectTemplateUseCase rejectTemplate;
    private final RateTemplateUseCase rateTemplate;
    private final TemplateReads reads;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public ModerationRoutes(ApproveTemplateUseCase approveTemplate, RejectTemplateUseCase rejectTemplate,
            RateTemplateUseCase rateTemplate, TemplateReads reads, JsonBodies bodies) {
        this.approveTemplate = requireNonNull(approveTemplate, "approveTemplate");
        this.rejectTemplate = requireNonNull(rejectTemplate, "rejectTemplate");
        this.rateTemplate = requireNonNull(rateTemplate, "rateTemplate");
        this.reads = requireNonNull(reads, "reads");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(TemplateRoutes.TEMPLATE + "/approval", this::approve);
        routes.post(TemplateRoutes.TEMPLATE + "/rejection", this::reject);
        routes.put(TemplateRoutes.TEMPLATE + "/ratings/me", this::rate);
    }

    private void approve(Context ctx) {
        TemplateCommand command = reads.command(ctx);
        Responses.ok(ctx, reads.view(command.actor(), approveTemplate.approveTemplate(command)));
    }

    private void reject(Context ctx) {
        Actor actor = reads.actorOf(ctx);
        TemplateId id = TemplateReads.templateId(ctx);
        RejectTemplateRequest request = bodies.readOrDefault(ctx, RejectTemplateRequest.class,
                new RejectTemplateRequest(null));
        Responses.ok(ctx, reads.view(actor, rejectTemplate.rejectTemplate(request.toCommand(actor, id))));
    }

    private void rate(Context ctx) {
        Actor actor = reads.actorOf(ctx);
        TemplateId id = TemplateReads.templateId(ctx);
        RateTemplateRequest request = bodies.read(ctx, RateTemplateRequest.class);
        Responses.ok(ctx, RatingsResponse.from(rateTemplate.rateTemplate(request.toCommand(actor, id))));
    }
}
