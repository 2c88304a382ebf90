package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.gameserver.CreateGameServerCommand;
import dev.accolade.application.port.in.gameserver.CreateGameServerUseCase;
import dev.accolade.application.port.in.gameserver.GameServerQuery;
import dev.accolade.application.port.in.gameserver.GetGameServerUseCase;
import dev.accolade.application.port.in.gameserver.ListGameServersQuery;
import dev.accolade.application.port.in.gameserver.ListGameServersUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.issuer.Issuer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Registers and finds issuers' game servers. */
public final class GameServerService implements CreateGameServerUseCase, ListGameServersUseCase,
        GetGameServerUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final CommandValidator validator;
    private final Access access;
    private final ServerAccess servers;

    GameServerService(StorePorts store, ClockPort clock, TokenGeneratorPort tokens, CommandValidator validator,
            Access access, ServerAccess servers) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.servers = requireNonNull(servers, "servers");
    }

    @Override
    public GameServer createGameServer(CreateGameServerCommand command) {
        validator.validate(command);
        ZoneId zone = GameServer.zoneNamed(command.timeZone());
        ServerKey key = new ServerKey(tokens.newToken(ServerKey.GENERATED_LENGTH).toLowerCase(Locale.ROOT));
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            GameServer server = GameServer.create(new GameServerId(store.ids().nextId()), issuer.id(),
                    command.name(), key, zone, clock.now());
            store.gameServers().insert(server);
            return server;
        });
    }

    @Override
    public List<GameServer> listGameServers(ListGameServersQuery query) {
        validator.validate(query);
        return store.transactions().readOnly(() -> {
            Issuer issuer = access.issuerFor(query.actor(), query.issuer());
            return store.gameServers().findByIssuer(issuer.id());
        });
    }

    @Override
    public GameServer getGameServer(GameServerQuery query) {
        validator.validate(query);
        return store.transactions().readOnly(() -> servers.readable(query.actor(), query.server()));
    }
}
