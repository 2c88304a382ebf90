package dev.accolade.adapter.in.rest.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.issuer.CreateApiKeyUseCase;
import dev.accolade.application.issuer.CreatedApiKey;
import dev.accolade.application.issuer.ListApiKeysQuery;
import dev.accolade.application.issuer.ListApiKeysUseCase;
import dev.accolade.application.issuer.RevokeApiKeyCommand;
import dev.accolade.application.issuer.RevokeApiKeyUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The native API's routes for an issuer's API keys: create, list and revoke. */
public final class ApiKeyRoutes {

    private static final String API_KEYS = "/v1/issuers/{id}/api_keys";
    private static final String API_KEY = API_KEYS + "/{key_id}";

    private final CreateApiKeyUseCase createApiKey;
    private final ListApiKeysUseCase listApiKeys;
    private final RevokeApiKeyUseCase revokeApiKey;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public ApiKeyRoutes(CreateApiKeyUseCase createApiKey, ListApiKeysUseCase listApiKeys,
            RevokeApiKeyUseCase revokeApiKey, Authenticator authenticator, JsonBodies bodies) {
        this.createApiKey = requireNonNull(createApiKey, "createApiKey");
        this.listApiKeys = requireNonNull(listApiKeys, "listApiKeys");
        this.revokeApiKey = requireNonNull(revokeApiKey, "revokeApiKey");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(API_KEYS, this::createApiKey);
        routes.get(API_KEYS, this::listApiKeys);
        routes.delete(API_KEY, this::revokeApiKey);
    }

    private void createApiKey(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = IssuerRoutes.issuerId(ctx);
        CreateApiKeyRequest request = bodies.readOrDefault(ctx, CreateApiKeyRequest.class,
                new CreateApiKeyRequest(null));
        CreatedApiKey created = createApiKey.createApiKey(request.toCommand(actor, issuer));
        Responses.created(ctx, API_KEYS.replace("{id}", Long.toString(issuer.value())) + "/"
                + created.key().id().value(), CreatedApiKeyResponse.from(created));
    }

    private void listApiKeys(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = IssuerRoutes.issuerId(ctx);
        Responses.list(ctx, listApiKeys.listApiKeys(new ListApiKeysQuery(actor, issuer)), ApiKeyResponse::from);
    }

    private void revokeApiKey(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = IssuerRoutes.issuerId(ctx);
        ApiKeyId key = new ApiKeyId(PathIds.of(ctx, "key_id"));
        Responses.ok(ctx, ApiKeyResponse.from(revokeApiKey.revokeApiKey(new RevokeApiKeyCommand(actor, key)
                .ofIssuer(issuer))));
    }
}
