package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.application.Accolade;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error category, reached over HTTP, answers with its status and body. */
class ErrorResponsesTest {

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
    void invalid_input_is_a_422_listing_the_attributes() {
        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"Not A Slug\",\"name\":\"x\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.message()).startsWith("Validation failed: ");
        assertThat(reply.json().at("/errors/0/attribute").asText()).isEqualTo("slug");
        assertThat(reply.json().at("/errors/0/messages/0").asText()).isNotBlank();
    }

    @Test
    void a_missing_credential_where_one_is_needed_is_a_401() {
        Reply reply = server.get("/v1/issuers", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.message()).isEqualTo("You need to sign in before continuing.");
        assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void a_refusal_not_addressed_by_id_is_a_403() {
        String key = server.createApiKey(server.createIssuer("acme"));

        Reply reply = server.post("/v1/issuers", key, "{\"slug\":\"other\",\"name\":\"Other\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("code").asText()).isEqualTo("issuer_forbidden");
    }

    @Test
    void a_refusal_addressed_by_id_is_the_same_404_as_a_missing_issuer() {
        long other = server.createIssuer("other");
        String key = server.createApiKey(server.createIssuer("acme"));

        Reply refused = server.get("/v1/issuers/" + other + "/api_keys", key);
        Reply missing = server.get("/v1/issuers/" + (other + 1000) + "/api_keys", key);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(refused.raw().body()).isEqualTo(missing.raw().body());
    }

    @Test
    void a_missing_resource_is_a_404_with_a_message() {
        Reply reply = server.get("/v1/issuers/424242", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.message()).isEqualTo("The issuer does not exist.");
    }

    @Test
    void a_taken_slug_is_a_409() {
        server.createIssuer("acme");

        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"acme\",\"name\":\"Acme again\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("code").asText()).isEqualTo("issuer_slug_taken");
    }

    @Test
    void a_broken_business_rule_is_a_422_with_its_code() {
        long issuer = server.createIssuer("acme");
        for (int i = 0; i < 100; i++) {
            server.createApiKey(issuer);
        }

        Reply reply = server.post("/v1/issuers/" + issuer + "/api_keys", ADMIN_TOKEN, "{}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("code").asText()).isEqualTo("api_key_limit_reached");
    }

    @Test
    void an_unexpected_failure_is_a_500_with_an_error_id_and_no_detail() {
        Accolade failing = Accolade.builder().store(Accolade.openStore("memory")).clock(() -> {
            throw new IllegalStateException("secret detail of the failure");
        }).build();
        try (TestServer broken = TestServer.start(failing)) {
            Reply reply = broken.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"acme\",\"name\":\"Acme\"}");

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.json().path("error_id").asText()).isNotBlank();
            assertThat(reply.raw().body()).doesNotContain("secret detail").doesNotContain("IllegalStateException");
        }
    }

    @Test
    void an_unknown_route_is_a_json_404_of_our_own() {
        Reply unknownPath = server.get("/v1/nothing-here", ADMIN_TOKEN);
        Reply unknownMethod = server.send(server.request("/v1/issuers")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")), TestServer.bearer(ADMIN_TOKEN));

        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(unknownPath.raw().body())
                .isEqualTo("{\"message\":\"No route serves GET /v1/nothing-here.\",\"code\":\"route_not_found\"}");
        assertThat(unknownMethod.status()).isEqualTo(404);
        assertThat(unknownMethod.json().path("code").asText()).isEqualTo("route_not_found");
        assertThat(unknownMethod.message()).isEqualTo("No route serves PATCH /v1/issuers.");
    }

    @Test
    void an_unknown_route_outside_the_acclaim_dialect_keeps_the_native_404_body() {
        for (String path : new String[] {"/compat/nothing-here", "/compat/acclaimed/v1/organizations",
                "/compat/mcserver/api/v1/nothing-here", "/nothing-here"}) {
            Reply reply = server.get(path, ADMIN_TOKEN);

            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().path("code").asText()).as(path).isEqualTo("route_not_found");
            assertThat(reply.message()).as(path).isEqualTo("No route serves GET " + path + ".");
        }
    }
}
