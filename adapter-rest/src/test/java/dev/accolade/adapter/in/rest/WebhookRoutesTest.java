package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook routes over HTTP: the secret shown once, the endpoint's views, the delivery log and redelivery. */
class WebhookRoutesTest {

    private static final String BODY = "{\"url\":\"https://receiver.example/hooks\","
            + "\"events\":[\"template.published\",\"award.granted\"]}";

    private final GrantFixture fixture = new GrantFixture();
    private final TestServer server = fixture.server;
    private final Issuer acme = fixture.issuer("acme");
    private final String webhooks = "/v1/issuers/" + acme.id() + "/webhooks";

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Reply register() {
        return server.post(webhooks, acme.key(), BODY);
    }

    @Test
    void registering_answers_201_with_the_secret_once_and_the_address_of_the_endpoint() {
        Reply created = register();

        assertThat(created.status()).isEqualTo(201);
        JsonNode data = created.json().path("data");
        long id = data.path("id").asLong();
        assertThat(created.raw().headers().firstValue("Location")).contains(webhooks + "/" + id);
        assertThat(data.path("secret").asText()).startsWith("whsec_").hasSize(46);
        assertThat(data.path("issuer_id").asLong()).isEqualTo(acme.id());
        assertThat(data.path("url").asText()).isEqualTo("https://receiver.example/hooks");
        assertThat(data.path("events").toString()).isEqualTo("[\"award.granted\",\"template.published\"]");

        Reply read = server.get(webhooks + "/" + id, acme.key());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("data").has("secret")).isFalse();
        assertThat(read.raw().body()).doesNotContain(data.path("secret").asText());
        assertThat(server.get(webhooks, ADMIN_TOKEN).json().at("/data/0/id").asLong()).isEqualTo(id);
    }

    @Test
    void a_new_secret_is_shown_once_and_differs() {
        JsonNode created = register().json().path("data");

        Reply rotated = server.put(webhooks + "/" + created.path("id").asLong() + "/secret", acme.key(), null);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().at("/data/secret").asText()).startsWith("whsec_")
                .isNotEqualTo(created.path("secret").asText());
    }

    @Test
    void deleting_answers_204_and_the_endpoint_is_gone() {
        long id = register().json().at("/data/id").asLong();

        assertThat(server.delete(webhooks + "/" + id, acme.key()).status()).isEqualTo(204);

        Reply gone = server.get(webhooks + "/" + id, acme.key());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().path("code").asText()).isEqualTo("webhook_not_found");
        assertThat(server.get(webhooks, acme.key()).json().path("data")).isEmpty();
    }

    @Test
    void the_delivery_log_shows_each_delivery_and_a_pending_one_is_not_redelivered() {
        long id = register().json().at("/data/id").asLong();
        long template = fixture.template(acme, "First Steps", false, false);
        Member ada = fixture.member("ada@example.org");
        fixture.award(template, acme.key(), ada.recipient());

        Reply log = server.get(webhooks + "/" + id + "/deliveries?page_size=1", acme.key());

        assertThat(log.status()).isEqualTo(200);
        JsonNode newest = log.json().at("/data/0");
        assertThat(newest.path("event").asText()).isEqualTo("award.granted");
        assertThat(newest.path("status").asText()).isEqualTo("pending");
        assertThat(newest.path("attempts").asInt()).isZero();
        assertThat(newest.path("next_attempt_at").asText()).isNotEmpty();
        assertThat(newest.path("last_error").isNull()).isTrue();
        assertThat(newest.path("body").asText()).startsWith("{\"event\":\"award.granted\"")
                .contains("\"template_id\":" + template);
        assertThat(events(id)).containsExactly("award.granted", "template.published");

        Reply again = server.post(webhooks + "/" + id + "/deliveries/" + newest.path("id").asLong() + "/redelivery",
                acme.key(), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("delivery_pending");
    }

    private List<String> events(long webhook) {
        List<String> events = new ArrayList<>();
        String cursor = "";
        do {
            Reply page = server.get(webhooks + "/" + webhook + "/deliveries?page_size=1" + cursor, acme.key());
            page.json().path("data").forEach(delivery -> events.add(delivery.path("event").asText()));
            JsonNode next = page.json().at("/metadata/next_cursor");
            cursor = next.isTextual() ? "&cursor=" + next.asText() : null;
        } while (cursor != null);
        return events;
    }

    @Test
    void an_unknown_event_is_a_422_naming_the_events() {
        Reply refused = server.post(webhooks, acme.key(),
                "{\"url\":\"https://receiver.example/hooks\",\"events\":[\"award.exploded\"]}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("events", "award.granted");
        assertThat(server.get(webhooks, acme.key()).json().path("data")).isEmpty();
    }
}
