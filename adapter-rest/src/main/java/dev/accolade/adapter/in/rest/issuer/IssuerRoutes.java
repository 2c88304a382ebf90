package dev.accolade.adapter.in.rest.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.Paging;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.issuer.CreateIssuerUseCase;
import dev.accolade.application.issuer.GetIssuerUseCase;
import dev.accolade.application.issuer.ListIssuersQuery;
import dev.accolade.application.issuer.ListIssuersUseCase;
import dev.accolade.application.issuer.UpdateIssuerProfileCommand;
import dev.accolade.application.issuer.UpdateIssuerProfileUseCase;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The native API's issuer routes: issuers and their API keys under {@code /v1/issuers}. */
public final class IssuerRoutes {

    private static final String ISSUERS = "/v1/issuers";
    private static final String ISSUER = ISSUERS + "/{id}";

    private final CreateIssuerUseCase createIssuer;
    private final ListIssuersUseCase listIssuers;
    private final GetIssuerUseCase getIssuer;
    private final UpdateIssuerProfileUseCase updateIssuerProfile;
    private final CredentialUrls urls;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public IssuerRoutes(CreateIssuerUseCase createIssuer, ListIssuersUseCase listIssuers, GetIssuerUseCase getIssuer,
            UpdateIssuerProfileUseCase updateIssuerProfile, CredentialUrls urls, Authenticator authenticator,
            JsonBodies bodies) {
        this.createIssuer = requireNonNull(createIssuer, "createIssuer");
        this.listIssuers = requireNonNull(listIssuers, "listIssuers");
        this.getIssuer = requireNonNull(getIssuer, "getIssuer");
        this.updateIssuerProfile = requireNonNull(updateIssuerProfile, "updateIssuerProfile");
        this.urls = requireNonNull(urls, "urls");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(ISSUERS, this::createIssuer);
        routes.get(ISSUERS, this::listIssuers);
        routes.get(ISSUER, this::getIssuer);
        routes.put(ISSUER, this::updateIssuerProfile);
    }

    private void createIssuer(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        CreateIssuerRequest request = bodies.read(ctx, CreateIssuerRequest.class);
        Issuer issuer = createIssuer.createIssuer(request.toCommand(actor));
        Responses.created(ctx, ISSUERS + "/" + issuer.id().value(), IssuerResponse.from(issuer, urls));
    }

    private void listIssuers(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        Responses.page(ctx, listIssuers.listIssuers(new ListIssuersQuery(actor, page)), page,
                issuer -> IssuerResponse.from(issuer, urls));
    }

    private void getIssuer(Context ctx) {
        authenticator.actorOf(ctx);
        IssuerId id = issuerId(ctx);
        Responses.ok(ctx, IssuerResponse.from(getIssuer.getIssuer(id), urls));
    }

    private void updateIssuerProfile(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerProfileBody body = bodies.read(ctx, IssuerProfileBody.class);
        Issuer issuer = updateIssuerProfile.updateIssuerProfile(new UpdateIssuerProfileCommand(actor, issuerId(ctx),
                body.toInput()));
        Responses.ok(ctx, IssuerResponse.from(issuer, urls));
    }

    /** The id of the issuer in the path. */
    static IssuerId issuerId(Context ctx) {
        return new IssuerId(PathIds.of(ctx, "id"));
    }
}
