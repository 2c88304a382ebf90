package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.issuer.IssuerId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Game servers in memory; keys unique. */
final class InMemoryGameServerRepository implements GameServerRepository {

    private static final Unique<GameServer> KEY = new Unique<>("server_key_taken",
            "The server key is already in use.", server -> Optional.of(server.key()));

    private final InMemoryDatabase database;
    private final Table<GameServerId, GameServer> table;

    InMemoryGameServerRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, GameServer::id, List.of(KEY));
    }

    @Override
    public void insert(GameServer server) {
        database.write(() -> table.insert(server));
    }

    @Override
    public Optional<GameServer> findById(GameServerId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public Optional<GameServer> findByKey(ServerKey key) {
        return database.read(() -> table.findUnique(KEY, key));
    }

    @Override
    public List<GameServer> findByIssuer(IssuerId issuer) {
        return database.read(() -> table.rows().filter(server -> server.issuer().equals(issuer))
                .sorted(Comparator.comparing(GameServer::createdAt).thenComparingLong(s -> s.id().value())).toList());
    }
}
