package dev.accolade.adapter.in.rest.request;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.award.OutcomeReplies;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.Paging;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.input.QueryParams;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.request.AcceptRequestUseCase;
import dev.accolade.application.request.FindRequestsQuery;
import dev.accolade.application.request.FindRequestsUseCase;
import dev.accolade.application.request.GetRequestUseCase;
import dev.accolade.application.request.RejectRequestUseCase;
import dev.accolade.application.request.RequestAwardUseCase;
import dev.accolade.application.request.RequestReference;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.request.RequestStatus;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The native API's routes for requests to be awarded: a member applies for a template, the issuer
 * accepts or rejects, and both list them.
 */
public final class RequestRoutes {

    private static final String REQUESTS = "/v1/requests";
    private static final String REQUEST = REQUESTS + "/{id}";
    private static final String TEMPLATE_REQUESTS = "/v1/templates/{template_id}/requests";
    private static final String ISSUER_REQUESTS = "/v1/issuers/{issuer_id}/requests";

    private final RequestAwardUseCase requestAward;
    private final GetRequestUseCase getRequest;
    private final AcceptRequestUseCase acceptRequest;
    private final RejectRequestUseCase rejectRequest;
    private final FindRequestsUseCase findRequests;
    private final Authenticator authenticator;
    private final JsonBodies bodies;
    private final OutcomeReplies outcomes;

    /** Routes over these use cases. */
    public RequestRoutes(RequestAwardUseCase requestAward, GetRequestUseCase getRequest,
            AcceptRequestUseCase acceptRequest, RejectRequestUseCase rejectRequest, FindRequestsUseCase findRequests,
            OutcomeReplies outcomes, Authenticator authenticator, JsonBodies bodies) {
        this.requestAward = requireNonNull(requestAward, "requestAward");
        this.getRequest = requireNonNull(getRequest, "getRequest");
        this.acceptRequest = requireNonNull(acceptRequest, "acceptRequest");
        this.rejectRequest = requireNonNull(rejectRequest, "rejectRequest");
        this.findRequests = requireNonNull(findRequests, "findRequests");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
        this.outcomes = requireNonNull(outcomes, "outcomes");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(TEMPLATE_REQUESTS, this::apply);
        routes.get(REQUESTS, this::findOwnRequests);
        routes.get(ISSUER_REQUESTS, this::findIssuerRequests);
        routes.get(REQUEST, this::getRequest);
        routes.post(REQUEST + "/acceptance", this::accept);
        routes.post(REQUEST + "/rejection", this::reject);
    }

    private void apply(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        TemplateId template = new TemplateId(PathIds.of(ctx, "template_id"));
        ApplicationBody body = bodies.readOrDefault(ctx, ApplicationBody.class, new ApplicationBody(null, null));
        AwardRequest request = requestAward.requestAward(body.toCommand(actor, template));
        Responses.created(ctx, REQUESTS + "/" + request.id().value(), AwardRequestResponse.from(request));
    }

    private void getRequest(Context ctx) {
        Responses.ok(ctx, AwardRequestResponse.from(getRequest.getRequest(reference(ctx))));
    }

    private void accept(Context ctx) {
        RequestReference reference = reference(ctx);
        outcomes.reply(ctx, reference.actor(), acceptRequest.acceptRequest(reference));
    }

    private void reject(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        AwardRequestId request = requestId(ctx);
        RejectionBody body = bodies.readOrDefault(ctx, RejectionBody.class, new RejectionBody(null));
        Responses.ok(ctx, AwardRequestResponse.from(rejectRequest.rejectRequest(body.toCommand(actor, request))));
    }

    private void findOwnRequests(Context ctx) {
        find(ctx, null);
    }

    private void findIssuerRequests(Context ctx) {
        find(ctx, new IssuerId(PathIds.of(ctx, "issuer_id")));
    }

    private void find(Context ctx, IssuerId issuer) {
        Actor actor = authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        RequestStatus status = QueryParams.enumOf(ctx, "status", RequestStatus.class);
        FindRequestsQuery query = new FindRequestsQuery(actor, issuer, status, QueryParams.window(ctx), page);
        Responses.page(ctx, findRequests.findRequests(query), page, AwardRequestResponse::from);
    }

    private RequestReference reference(Context ctx) {
        return new RequestReference(authenticator.actorOf(ctx), requestId(ctx));
    }

    private static AwardRequestId requestId(Context ctx) {
        return new AwardRequestId(PathIds.of(ctx, "id"));
    }
}
