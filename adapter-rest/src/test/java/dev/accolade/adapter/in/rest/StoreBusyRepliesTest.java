package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.application.Accolade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A write that keeps losing to concurrent ones is a 503 the client may retry, never a 500. */
class StoreBusyRepliesTest {

    private final BusyStore store = new BusyStore(Accolade.openStore("memory"));
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Accolade.builder().store(store).build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_busy_store_answers_503_with_retry_after_and_a_stable_code() {
        server.createIssuer("first");
        store.saturate();

        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"second\",\"name\":\"Second\"}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.raw().headers().firstValue("Retry-After")).contains("1");
        assertThat(reply.json().path("code").asText()).isEqualTo("store_busy");
        assertThat(reply.message()).contains("wrote nothing");
    }

    @Test
    void reads_still_answer_while_writes_are_busy() {
        long first = server.createIssuer("first");
        store.saturate();

        Reply reply = server.get("/v1/issuers/" + first, null);

        assertThat(reply.status()).isEqualTo(200);
    }
}
