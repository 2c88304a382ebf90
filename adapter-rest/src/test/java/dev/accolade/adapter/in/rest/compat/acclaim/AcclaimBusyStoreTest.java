package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.BusyStore;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.application.Accolade;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A busy store reaches an Acclaim client as a 503 in the dialect's message form, with Retry-After. */
class AcclaimBusyStoreTest {

    private final BusyStore store = new BusyStore(Accolade.openStore("memory"));
    private final AcclaimWorld world = new AcclaimWorld(store, Instant::now);

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_template_created_while_the_store_is_busy_is_a_503_message() {
        Organization org = world.organization("fencing");
        store.saturate();

        Reply reply = world.json("POST", org.path() + "/badge_templates", org.token(), "{\"name\":\"Fencer\"}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.raw().headers().firstValue("Retry-After")).contains("1");
        assertThat(reply.json().path("message").asText()).contains("wrote nothing");
    }
}
