package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issuers and their API keys under /v1/issuers. */
class IssuerRoutesTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_operator_creates_an_issuer_found_at_its_location() {
        Reply created = server.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"topchefs\",\"name\":\"Top Chefs\"}");

        assertThat(created.status()).isEqualTo(201);
        String location = created.raw().headers().firstValue("Location").orElseThrow();
        long id = created.json().at("/data/id").asLong();
        assertThat(location).isEqualTo("/v1/issuers/" + id);
        assertThat(created.json().at("/data/slug").asText()).isEqualTo("topchefs");
        assertThat(created.json().at("/data/created_at").asText()).isNotBlank();

        Reply read = server.get(location, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("data")).isEqualTo(created.json().path("data"));
    }

    @Test
    void a_new_key_shows_its_secret_once_and_the_listing_never() {
        long issuer = server.createIssuer("acme");

        Reply created = server.post("/v1/issuers/" + issuer + "/api_keys", ADMIN_TOKEN, "{\"label\":\"ci\"}");
        Reply listed = server.get("/v1/issuers/" + issuer + "/api_keys", ADMIN_TOKEN);

        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().at("/data/secret").asText();
        assertThat(secret).startsWith(created.json().at("/data/prefix").asText());
        assertThat(created.raw().headers().firstValue("Location")).contains(
                "/v1/issuers/" + issuer + "/api_keys/" + created.json().at("/data/id").asLong());
        assertThat(listed.json().path("data").size()).isEqualTo(1);
        assertThat(listed.json().at("/data/0/label").asText()).isEqualTo("ci");
        assertThat(listed.json().at("/data/0/active").asBoolean()).isTrue();
        assertThat(listed.raw().body()).doesNotContain(secret).doesNotContain("\"secret\"");
    }

    @Test
    void a_key_may_be_created_with_no_body() {
        long issuer = server.createIssuer("acme");

        Reply created = server.send(server.request("/v1/issuers/" + issuer + "/api_keys")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()), TestServer.bearer(ADMIN_TOKEN));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/data/label").asText()).isEmpty();
    }

    @Test
    void an_issuer_manages_its_own_keys() {
        long issuer = server.createIssuer("acme");
        String key = server.createApiKey(issuer);

        Reply second = server.post("/v1/issuers/" + issuer + "/api_keys", key, "{}");
        Reply revoked = server.delete("/v1/issuers/" + issuer + "/api_keys/" + second.json().at("/data/id").asLong(),
                key);

        assertThat(second.status()).isEqualTo(201);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().at("/data/active").asBoolean()).isFalse();
        assertThat(revoked.json().at("/data/revoked_at").asText()).isNotBlank();
        assertThat(server.get("/v1/issuers", second.json().at("/data/secret").asText()).status()).isEqualTo(401);
    }

    @Test
    void an_issuer_key_cannot_reach_another_issuers_keys_and_changes_nothing() {
        long mine = server.createIssuer("mine");
        long theirs = server.createIssuer("theirs");
        String myKey = server.createApiKey(mine);
        server.createApiKey(theirs);
        long theirKeyId = server.get("/v1/issuers/" + theirs + "/api_keys", ADMIN_TOKEN).json().at("/data/0/id")
                .asLong();
        String before = server.get("/v1/issuers/" + theirs + "/api_keys", ADMIN_TOKEN).raw().body();

        Reply list = server.get("/v1/issuers/" + theirs + "/api_keys", myKey);
        Reply create = server.post("/v1/issuers/" + theirs + "/api_keys", myKey, "{}");
        Reply revoke = server.delete("/v1/issuers/" + theirs + "/api_keys/" + theirKeyId, myKey);
        Reply revokeThroughMine = server.delete("/v1/issuers/" + mine + "/api_keys/" + theirKeyId, myKey);

        assertThat(List.of(list.status(), create.status(), revoke.status(), revokeThroughMine.status()))
                .containsOnly(404);
        assertThat(server.get("/v1/issuers/" + theirs + "/api_keys", ADMIN_TOKEN).raw().body()).isEqualTo(before);
    }

    @Test
    void the_operator_reaches_every_issuers_keys() {
        long issuer = server.createIssuer("acme");
        server.createApiKey(issuer);
        long keyId = server.get("/v1/issuers/" + issuer + "/api_keys", ADMIN_TOKEN).json().at("/data/0/id").asLong();

        Reply revoked = server.delete("/v1/issuers/" + issuer + "/api_keys/" + keyId, ADMIN_TOKEN);
        Reply again = server.delete("/v1/issuers/" + issuer + "/api_keys/" + keyId, ADMIN_TOKEN);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void an_issuer_key_lists_only_its_own_issuer() {
        long mine = server.createIssuer("mine");
        server.createIssuer("theirs");
        String key = server.createApiKey(mine);

        Reply reply = server.get("/v1/issuers", key);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data").size()).isEqualTo(1);
        assertThat(reply.json().at("/data/0/id").asLong()).isEqualTo(mine);
    }

    @Test
    void the_list_of_issuers_pages_by_cursor_until_the_last_page() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(server.createIssuer("issuer-" + i));
        }

        TestServer.Pages pages = server.pageThrough("/v1/issuers?page_size=2", ADMIN_TOKEN);

        assertThat(pages.count()).isEqualTo(3);
        assertThat(pages.ids()).containsExactlyElementsOf(created);
    }

    @Test
    void the_default_page_holds_twenty() {
        for (int i = 0; i < 21; i++) {
            server.createIssuer("issuer-" + i);
        }

        Reply page = server.get("/v1/issuers", ADMIN_TOKEN);

        assertThat(page.json().path("data").size()).isEqualTo(20);
        assertThat(page.json().at("/metadata/page_size").asInt()).isEqualTo(20);
        assertThat(page.json().at("/metadata/next_cursor").asText()).isNotBlank();
    }
}
