package dev.accolade.adapter.in.rest.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.credential.RotateIssuerKeysCommand;
import dev.accolade.application.credential.RotateIssuerKeysUseCase;
import dev.accolade.application.port.in.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /v1/issuers/{id}/keys/rotation}: the issuer, its owner or the operator replaces the keys
 * its credentials are signed with; the old public keys stay published, so what they signed still verifies.
 */
public final class IssuerKeyRoutes {

    private static final String ROTATION = "/v1/issuers/{id}/keys/rotation";

    private final RotateIssuerKeysUseCase rotateIssuerKeys;
    private final Authenticator authenticator;

    /** Routes over this use case. */
    public IssuerKeyRoutes(RotateIssuerKeysUseCase rotateIssuerKeys, Authenticator authenticator) {
        this.rotateIssuerKeys = requireNonNull(rotateIssuerKeys, "rotateIssuerKeys");
        this.authenticator = requireNonNull(authenticator, "authenticator");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.post(ROTATION, this::rotate);
    }

    private void rotate(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        long issuer = IssuerRoutes.issuerId(ctx).value();
        Responses.list(ctx, rotateIssuerKeys.rotateIssuerKeys(new RotateIssuerKeysCommand(actor, issuer)),
                IssuerKeyResponse::from);
    }
}
