package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.issuer.IssuerId;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Game servers in the {@code game_server} table. */
final class JdbiGameServerRepository implements GameServerRepository {

    private static final String COLUMNS = "id, issuer_id, name, server_key, time_zone, created_at";
    private static final RowMapper<GameServer> SERVER = (row, context) -> GameServer.reconstitute(
            new GameServerId(row.getLong("id")), new IssuerId(row.getLong("issuer_id")), row.getString("name"),
            new ServerKey(row.getString("server_key")), ZoneId.of(row.getString("time_zone")),
            Rows.instant(row, "created_at"));

    private final JdbiTransactions transactions;

    JdbiGameServerRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(GameServer server) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO game_server (" + COLUMNS
                + ") VALUES (:id, :issuer, :name, :key, :zone, :created)")
                .bind("id", server.id().value()).bind("issuer", server.issuer().value()).bind("name", server.name())
                .bind("key", server.key().value()).bind("zone", server.zone().getId())
                .bind("created", server.createdAt()).execute());
    }

    @Override
    public Optional<GameServer> findById(GameServerId id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM game_server WHERE id = :id")
                .bind("id", id.value()).map(SERVER).findOne();
    }

    @Override
    public Optional<GameServer> findByKey(ServerKey key) {
        return transactions.current().reading()
                .createQuery("SELECT " + COLUMNS + " FROM game_server WHERE server_key = :key")
                .bind("key", key.value()).map(SERVER).findOne();
    }

    @Override
    public List<GameServer> findByIssuer(IssuerId issuer) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS
                + " FROM game_server WHERE issuer_id = :issuer ORDER BY created_at, id")
                .bind("issuer", issuer.value()).map(SERVER).list();
    }
}
