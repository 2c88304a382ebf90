package dev.accolade.adapter.in.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.TestServer;
import dev.accolade.adapter.in.rest.server.RawHttp.Response;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Jetty refuses before any route runs is answered in JSON, in the shape of the path's dialect. */
class JsonErrorPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "a".repeat(20_000);

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Response raw(String request) {
        try (RawHttp http = new RawHttp(server.port())) {
            return http.send(request).response();
        }
    }

    private static JsonNode json(Response response) throws IOException {
        assertThat(response.hasHeader("Content-Type", "application/json")).as(response.head()).isTrue();
        return JSON.readTree(response.body());
    }

    @Test
    void a_uri_too_long_is_a_414_in_the_native_shape() throws IOException {
        Response response = raw("GET /v1/issuers?q=" + LONG + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response.status()).isEqualTo(414);
        assertThat(json(response).path("code").asText()).isEqualTo("uri_too_long");
        assertThat(json(response).path("message").asText()).isEqualTo("The request URI is too long.");
    }

    @Test
    void a_refusal_jetty_answers_itself_says_the_connection_closes() {
        Response tooLong = raw("GET /v1/issuers?q=" + LONG + " HTTP/1.1\r\nHost: x\r\n\r\n");
        Response tooLarge = raw("GET /v1/issuers HTTP/1.1\r\nHost: x\r\nX-Padding: " + LONG + "\r\n\r\n");

        assertThat(tooLong.hasHeader("Connection", "close")).as(tooLong.head()).isTrue();
        assertThat(tooLarge.hasHeader("Connection", "close")).as(tooLarge.head()).isTrue();
    }

    @Test
    void headers_too_large_are_a_431_in_the_native_shape() throws IOException {
        Response response = raw("GET /v1/issuers HTTP/1.1\r\nHost: x\r\nX-Padding: " + LONG + "\r\n\r\n");

        assertThat(response.status()).isEqualTo(431);
        assertThat(json(response).path("code").asText()).isEqualTo("headers_too_large");
    }

    @Test
    void an_http_version_jetty_does_not_speak_is_refused_in_json() throws IOException {
        Response response = raw("GET /health HTTP/7.1\r\nHost: x\r\n\r\n");

        assertThat(response.status()).isEqualTo(505);
        assertThat(json(response).path("code").asText()).isEqualTo("http_version_unsupported");
    }

    @Test
    void a_path_with_a_broken_percent_escape_is_a_400_in_json() throws IOException {
        Response response = raw("GET /v1/issuers/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("request_malformed");
    }

    @Test
    void a_request_line_that_is_not_http_is_a_400_in_json() throws IOException {
        Response response = raw("THIS IS NOT HTTP\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("request_malformed");
    }

    @Test
    void under_acclaim_the_refusal_takes_acclaim_s_message_shape() throws IOException {
        Response response = raw("GET /compat/acclaim/v1/organizations HTTP/1.1\r\nHost: x\r\nX-Padding: " + LONG
                + "\r\n\r\n");

        assertThat(response.status()).isEqualTo(431);
        assertThat(json(response).path("message").asText()).isEqualTo("The request headers are too large.");
        assertThat(json(response).has("code")).isFalse();
    }

    @Test
    void under_userbadges_the_refusal_is_that_api_s_400() throws IOException {
        Response response = raw("GET /compat/userbadges/v1/x/badges.json HTTP/1.1\r\nHost: x\r\nX-Padding: " + LONG
                + "\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("The request headers are too large.");
    }

    @Test
    void under_achieve_mint_the_refusal_is_an_error_object() throws IOException {
        Response response = raw("GET /compat/achievemint/api/find_templates HTTP/1.1\r\nHost: x\r\nX-Padding: "
                + LONG + "\r\n\r\n");

        assertThat(json(response).at("/error/description").asText()).isEqualTo("The request headers are too large.");
        assertThat(json(response).at("/error/code").isInt()).isTrue();
    }
}
