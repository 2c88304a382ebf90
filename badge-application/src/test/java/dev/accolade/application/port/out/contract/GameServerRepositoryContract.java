package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What every store promises about game servers: exact round trips, unique keys, an issuer's servers oldest first. */
public abstract class GameServerRepositoryContract extends StoreContract {

    /** A stored server of an issuer, with a key of its own. */
    protected GameServer savedServer(Issuer issuer, Instant createdAt) {
        GameServer server = GameServer.create(new GameServerId(TestData.nextId()), issuer.id(), "Survival",
                new ServerKey("server" + TestData.nextId()), ZoneId.of("America/Chicago"), createdAt);
        write(() -> store.gameServers().insert(server));
        return server;
    }

    @Test
    void a_server_comes_back_equal_by_id_and_by_key() {
        GameServer server = savedServer(savedIssuer(), ContractData.plusMicros(at(5), 7));

        assertThat(read(() -> store.gameServers().findById(server.id()))).contains(server);
        assertThat(read(() -> store.gameServers().findByKey(server.key()))).contains(server);
        assertThat(read(() -> store.gameServers().findByKey(new ServerKey("nosuchkey")))).isEmpty();
    }

    @Test
    void a_taken_key_is_refused_with_server_key_taken() {
        Issuer issuer = savedIssuer();
        GameServer first = savedServer(issuer, at(1));
        GameServer copy = GameServer.create(new GameServerId(TestData.nextId()), issuer.id(), "Copy", first.key(),
                ZoneId.of("UTC"), at(2));

        assertThatThrownBy(() -> write(() -> store.gameServers().insert(copy)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("server_key_taken"));
        assertThat(read(() -> store.gameServers().findById(copy.id()))).isEmpty();
    }

    @Test
    void an_issuers_servers_are_listed_oldest_first_and_no_one_elses() {
        Issuer issuer = savedIssuer();
        GameServer late = savedServer(issuer, at(30));
        GameServer early = savedServer(issuer, at(10));
        savedServer(savedIssuer(), at(20));

        assertThat(read(() -> store.gameServers().findByIssuer(issuer.id()))).containsExactly(early, late);
    }
}
