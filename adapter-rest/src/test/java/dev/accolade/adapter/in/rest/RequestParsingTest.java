package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad requests are refused with a clear 400 or 413 before anything is written. */
class RequestParsingTest {

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
    void an_unknown_attribute_is_a_400_naming_it_and_creates_nothing() {
        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"acme\",\"name\":\"Acme\",\"id\":7}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("Unknown attribute: id");
        assertThat(server.get("/v1/issuers", ADMIN_TOKEN).json().path("data").size()).isZero();
    }

    @Test
    void malformed_json_is_a_400() {
        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"acme\",");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).isEqualTo("The request body is not well-formed JSON.");
    }

    @Test
    void a_wrongly_typed_attribute_is_a_400_naming_it() {
        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":[\"acme\"],\"name\":\"Acme\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("slug");
    }

    @Test
    void a_scalar_of_another_kind_is_a_400_naming_the_attribute_and_creates_nothing() {
        Map<String, String> attributeByBody = Map.of(
                "{\"slug\":\"acme\",\"name\":7}", "name",
                "{\"slug\":\"acme\",\"name\":7.5}", "name",
                "{\"slug\":\"acme\",\"name\":true}", "name",
                "{\"name\":\"Food\",\"position\":1.5}", "position",
                "{\"name\":\"Food\",\"position\":1e0}", "position",
                "{\"name\":\"Food\",\"position\":99999999999}", "position");

        attributeByBody.forEach((body, attribute) -> {
            Reply reply = server.post(body.contains("slug") ? "/v1/issuers" : "/v1/categories", ADMIN_TOKEN, body);

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().path("code").asText()).as(body).isEqualTo("attribute_type_mismatch");
            assertThat(reply.message()).as(body).isEqualTo("The attribute " + attribute + " has the wrong type.");
        });
        assertThat(server.get("/v1/issuers", ADMIN_TOKEN).json().path("data").size()).isZero();
        assertThat(server.get("/v1/categories", null).json().path("data").size()).isZero();
    }

    @Test
    void an_attribute_given_twice_is_a_400_naming_it() {
        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN,
                "{\"slug\":\"acme\",\"name\":\"A\",\"slug\":\"evil\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("code").asText()).isEqualTo("attribute_duplicate");
        assertThat(reply.message()).isEqualTo("The attribute slug is given more than once.");
        assertThat(server.get("/v1/issuers", ADMIN_TOKEN).json().path("data").size()).isZero();
    }

    @Test
    void anything_after_the_json_value_is_malformed_json() {
        for (String body : List.of("{\"slug\":\"acme\",\"name\":\"A\"} {}", "{\"slug\":\"acme\",\"name\":\"A\"} x")) {
            Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, body);

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().path("code").asText()).as(body).isEqualTo("json_malformed");
        }
        assertThat(server.get("/v1/issuers", ADMIN_TOKEN).json().path("data").size()).isZero();
    }

    @Test
    void a_missing_parameter_is_a_400_naming_it() {
        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, "{\"name\":\"Acme\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).isEqualTo("Missing required parameter: slug");
    }

    @Test
    void a_body_over_one_mebibyte_is_a_413() {
        String big = "{\"slug\":\"acme\",\"name\":\"" + "a".repeat(1024 * 1024) + "\"}";

        Reply reply = server.post("/v1/issuers", ADMIN_TOKEN, big);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().path("code").asText()).isEqualTo("body_too_large");
    }

    @Test
    void a_streamed_body_over_one_mebibyte_is_a_413() {
        byte[] big = ("{\"name\":\"" + "a".repeat(1024 * 1024) + "\"}").getBytes();
        HttpRequest.Builder request = server.request("/v1/issuers")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(big)));

        Reply reply = server.send(request, TestServer.bearer(ADMIN_TOKEN));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().path("code").asText()).isEqualTo("body_too_large");
    }

    @Test
    void an_id_that_is_not_a_number_is_a_400() {
        assertThat(server.get("/v1/issuers/abc", ADMIN_TOKEN).status()).isEqualTo(400);
        assertThat(server.get("/v1/issuers/-1", ADMIN_TOKEN).status()).isEqualTo(400);
        assertThat(server.get("/v1/issuers/99999999999999999999", ADMIN_TOKEN).status()).isEqualTo(400);
        assertThat(server.get("/v1/issuers/%D9%A1", ADMIN_TOKEN).status()).as("an Arabic-Indic one").isEqualTo(400);
        assertThat(server.get("/v1/achievements?member=%D9%A1", ADMIN_TOKEN).status()).isEqualTo(400);
        assertThat(server.delete("/v1/issuers/1/api_keys/x", ADMIN_TOKEN).message()).contains("key_id");
    }

    @Test
    void a_page_size_over_one_hundred_or_below_one_is_a_400() {
        assertThat(server.get("/v1/issuers?page_size=100", ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(server.get("/v1/issuers?page_size=101", ADMIN_TOKEN).status()).isEqualTo(400);
        assertThat(server.get("/v1/issuers?page_size=0", ADMIN_TOKEN).status()).isEqualTo(400);
        assertThat(server.get("/v1/issuers?page_size=ten", ADMIN_TOKEN).status()).isEqualTo(400);
    }

    @Test
    void a_cursor_this_server_did_not_give_out_is_a_400() {
        assertThat(server.get("/v1/issuers?cursor=bogus!", ADMIN_TOKEN).status()).isEqualTo(400);
    }
}
