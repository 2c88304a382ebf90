package dev.accolade.adapter.in.rest.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.signing.RotateSigningSecretUseCase;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The native API's route to an issuer's signing secret: {@code PUT /v1/issuers/{id}/signing_secret}
 * sets a new one (generated, or imported from the body) and shows it this once.
 */
public final class SigningSecretRoutes {

    private static final String SIGNING_SECRET = "/v1/issuers/{id}/signing_secret";

    private final RotateSigningSecretUseCase rotateSigningSecret;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public SigningSecretRoutes(RotateSigningSecretUseCase rotateSigningSecret, Authenticator authenticator,
            JsonBodies bodies) {
        this.rotateSigningSecret = requireNonNull(rotateSigningSecret, "rotateSigningSecret");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.put(SIGNING_SECRET, this::rotate);
    }

    private void rotate(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "id"));
        RotateSigningSecretRequest request = bodies.readOrDefault(ctx, RotateSigningSecretRequest.class,
                new RotateSigningSecretRequest(null));
        Responses.ok(ctx,
                SigningSecretResponse.from(rotateSigningSecret.rotateSigningSecret(request.toCommand(actor,
                issuer))));
    }
}
