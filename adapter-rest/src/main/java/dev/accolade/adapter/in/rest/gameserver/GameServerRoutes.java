package dev.accolade.adapter.in.rest.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.gameserver.CreateGameServerUseCase;
import dev.accolade.application.gameserver.ListGameServersQuery;
import dev.accolade.application.gameserver.ListGameServersUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The native API's game server routes: an issuer's servers under {@code /v1/issuers/{id}/servers}. */
public final class GameServerRoutes {

    private static final String SERVERS = "/v1/issuers/{id}/servers";
    private static final String SERVER = SERVERS + "/{server_key}";

    private final CreateGameServerUseCase createGameServer;
    private final ListGameServersUseCase listGameServers;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public GameServerRoutes(CreateGameServerUseCase createGameServer, ListGameServersUseCase listGameServers,
            Authenticator authenticator, JsonBodies bodies) {
        this.createGameServer = requireNonNull(createGameServer, "createGameServer");
        this.listGameServers = requireNonNull(listGameServers, "listGameServers");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(SERVERS, this::create);
        routes.get(SERVERS, this::list);
        routes.get(SERVER, this::get);
    }

    private void create(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = issuerId(ctx);
        CreateGameServerRequest request = bodies.read(ctx, CreateGameServerRequest.class);
        GameServer server = createGameServer.createGameServer(request.toCommand(actor, issuer));
        Responses.created(ctx, SERVERS.replace("{id}", issuer.toString()) + "/" + server.key().value(),
                GameServerResponse.from(server));
    }

    private void list(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        Responses.list(ctx, listGameServers.listGameServers(new ListGameServersQuery(actor, issuerId(ctx))),
                GameServerResponse::from);
    }

    private void get(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = issuerId(ctx);
        String key = ctx.pathParam("server_key");
        GameServer server = listGameServers.listGameServers(new ListGameServersQuery(actor, issuer)).stream()
                .filter(candidate -> candidate.key().value().equals(key)).findFirst()
                .orElseThrow(() -> DomainException.notFound("server_not_found", "The server does not exist."));
        Responses.ok(ctx, GameServerResponse.from(server));
    }

    private static IssuerId issuerId(Context ctx) {
        return new IssuerId(PathIds.of(ctx, "id"));
    }
}
