package dev.accolade.adapter.in.rest.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.auth.AuthorizationHeader;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.limit.RequestLimits;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.session.SignInUseCase;
import dev.accolade.application.session.SignOutUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The native API's session routes: a member signs in for a token, and signs out to end it. */
public final class SessionRoutes {

    private static final String SESSIONS = "/v1/sessions";
    private static final String CURRENT_SESSION = SESSIONS + "/current";

    private final SignInUseCase signIn;
    private final SignOutUseCase signOut;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public SessionRoutes(SignInUseCase signIn, SignOutUseCase signOut, Authenticator authenticator,
            JsonBodies bodies) {
        this.signIn = requireNonNull(signIn, "signIn");
        this.signOut = requireNonNull(signOut, "signOut");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(SESSIONS, this::signIn);
        routes.delete(CURRENT_SESSION, this::signOut);
    }

    private void signIn(Context ctx) {
        authenticator.actorOf(ctx);
        SignInRequest request = bodies.read(ctx, SignInRequest.class);
        Responses.ok(ctx, SessionResponse.from(signIn.signIn(request.toCommand(RequestLimits.clientAddress(ctx)))));
    }

    private void signOut(Context ctx) {
        SignedInMember.of(authenticator.actorOf(ctx));
        AuthorizationHeader.tokenOf(ctx.header("Authorization")).ifPresent(signOut::signOut);
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
