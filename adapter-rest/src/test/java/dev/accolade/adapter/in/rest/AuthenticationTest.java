package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static dev.accolade.adapter.in.rest.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who calls, told from the Authorization header. */
class AuthenticationTest {

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
    void the_operator_is_known_by_bearer_and_by_basic_with_an_empty_password() {
        assertThat(server.get("/v1/issuers", ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(server.send(server.request("/v1/issuers").GET(), basic(ADMIN_TOKEN, "")).status()).isEqualTo(200);
    }

    @Test
    void an_issuer_key_is_known_by_bearer_and_by_basic() {
        long issuer = server.createIssuer("acme");
        String key = server.createApiKey(issuer);

        Reply bearer = server.get("/v1/issuers/" + issuer + "/api_keys", key);
        Reply basic = server.send(server.request("/v1/issuers/" + issuer + "/api_keys").GET(), basic(key, ""));

        assertThat(bearer.status()).isEqualTo(200);
        assertThat(basic.status()).isEqualTo(200);
    }

    @Test
    void unknown_and_wrong_credentials_get_the_same_401() {
        long issuer = server.createIssuer("acme");
        String key = server.createApiKey(issuer);
        String revokedKey = server.createApiKey(issuer);
        long revokedId = server.get("/v1/issuers/" + issuer + "/api_keys", ADMIN_TOKEN).json().at("/data/1/id")
                .asLong();
        assertThat(server.delete("/v1/issuers/" + issuer + "/api_keys/" + revokedId, ADMIN_TOKEN).status())
                .isEqualTo(200);

        Reply unknown = server.get("/v1/issuers", "no-such-token");
        Reply wrongAdmin = server.get("/v1/issuers", ADMIN_TOKEN + "x");
        String lastChanged = key.substring(0, key.length() - 1) + (key.endsWith("x") ? "y" : "x");
        Reply wrongKey = server.get("/v1/issuers", lastChanged);
        Reply revoked = server.get("/v1/issuers", revokedKey);
        Reply withPassword = server.send(server.request("/v1/issuers").GET(), basic(ADMIN_TOKEN, "password"));
        Reply otherScheme = server.send(server.request("/v1/issuers").GET(), "Digest " + ADMIN_TOKEN);

        for (Reply reply : new Reply[] {unknown, wrongAdmin, wrongKey, revoked, withPassword, otherScheme}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.raw().body()).isEqualTo(unknown.raw().body());
        }
        assertThat(unknown.json().path("code").asText()).isEqualTo("invalid_credentials");
    }

    @Test
    void a_bad_credential_is_refused_even_on_a_public_route() {
        long issuer = server.createIssuer("acme");

        assertThat(server.get("/v1/issuers/" + issuer, null).status()).isEqualTo(200);
        assertThat(server.get("/v1/issuers/" + issuer, "no-such-token").status()).isEqualTo(401);
    }
}
