package dev.accolade.adapter.in.rest.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.request.JsonBodies;
import dev.accolade.adapter.in.rest.request.Paging;
import dev.accolade.adapter.in.rest.request.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.Accolade;
import dev.accolade.application.issuer.CreatedApiKey;
import dev.accolade.application.issuer.ListApiKeysQuery;
import dev.accolade.application.issuer.ListIssuersQuery;
import dev.accolade.application.issuer.RevokeApiKeyCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The native API's issuer routes: issuers and their API keys under {@code /v1/issuers}. */
public final class IssuerRoutes {

    private static final String ISSUERS = "/v1/issuers";
    private static final String ISSUER = ISSUERS + "/{id}";
    private static final String API_KEYS = ISSUER + "/api_keys";
    private static final String API_KEY = API_KEYS + "/{key_id}";

    private final Accolade accolade;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public IssuerRoutes(Accolade accolade, Authenticator authenticator, JsonBodies bodies) {
        this.accolade = requireNonNull(accolade, "accolade");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(ISSUERS, this::createIssuer);
        routes.get(ISSUERS, this::listIssuers);
        routes.get(ISSUER, this::getIssuer);
        routes.post(API_KEYS, this::createApiKey);
        routes.get(API_KEYS, this::listApiKeys);
        routes.delete(API_KEY, this::revokeApiKey);
    }

    private void createIssuer(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        CreateIssuerRequest request = bodies.read(ctx, CreateIssuerRequest.class);
        Issuer issuer = accolade.issuers().createIssuer(request.toCommand(actor));
        Responses.created(ctx, ISSUERS + "/" + issuer.id().value(), IssuerResponse.from(issuer));
    }

    private void listIssuers(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        Responses.page(ctx, accolade.issuers().listIssuers(new ListIssuersQuery(actor, page)), page,
                IssuerResponse::from);
    }

    private void getIssuer(Context ctx) {
        authenticator.actorOf(ctx);
        IssuerId id = issuerId(ctx);
        Responses.ok(ctx, IssuerResponse.from(accolade.issuers().getIssuer(id)));
    }

    private void createApiKey(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = issuerId(ctx);
        CreateApiKeyRequest request = bodies.readOrDefault(ctx, CreateApiKeyRequest.class,
                new CreateApiKeyRequest(null));
        CreatedApiKey created = accolade.apiKeys().createApiKey(request.toCommand(actor, issuer));
        Responses.created(ctx, API_KEYS.replace("{id}", Long.toString(issuer.value())) + "/"
                + created.key().id().value(), CreatedApiKeyResponse.from(created));
    }

    private void listApiKeys(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = issuerId(ctx);
        Responses.list(ctx, accolade.apiKeys().listApiKeys(new ListApiKeysQuery(actor, issuer)), ApiKeyResponse::from);
    }

    private void revokeApiKey(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = issuerId(ctx);
        ApiKeyId key = new ApiKeyId(PathIds.of(ctx, "key_id"));
        boolean ofThisIssuer = accolade.apiKeys().listApiKeys(new ListApiKeysQuery(actor, issuer)).stream()
                .map(ApiKey::id).anyMatch(key::equals);
        if (!ofThisIssuer) {
            throw NotFound.apiKey();
        }
        Responses.ok(ctx, ApiKeyResponse.from(accolade.apiKeys().revokeApiKey(new RevokeApiKeyCommand(actor, key))));
    }

    private static IssuerId issuerId(Context ctx) {
        return new IssuerId(PathIds.of(ctx, "id"));
    }
}
