package dev.accolade.adapter.in.rest.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.QueryParams;
import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.GetProgressUseCase;
import dev.accolade.application.rule.ProgressQuery;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The native API's progress route: a subject's progress towards every rule template of an issuer. */
public final class ProgressRoutes {

    private static final String PROGRESS = "/v1/progress";

    private final GetProgressUseCase getProgress;
    private final Authenticator authenticator;

    /** Routes over this use case. */
    public ProgressRoutes(GetProgressUseCase getProgress, Authenticator authenticator) {
        this.getProgress = requireNonNull(getProgress, "getProgress");
        this.authenticator = requireNonNull(authenticator, "authenticator");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(PROGRESS, this::progress);
    }

    private void progress(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        Long issuer = QueryParams.id(ctx, "issuer");
        if (issuer == null) {
            throw RequestRejected.missingParameter("issuer");
        }
        String subject = Requests.required(ctx.queryParam("subject"), "subject");
        Responses.list(ctx, getProgress.getProgress(new ProgressQuery(actor, new IssuerId(issuer), subject)),
                ProgressResponse::of);
    }
}
