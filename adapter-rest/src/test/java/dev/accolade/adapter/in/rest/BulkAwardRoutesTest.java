package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/templates/{id}/awards/bulk} over HTTP: outcomes in order, one key for the batch, all or none. */
class BulkAwardRoutesTest {

    private GrantFixture fixture;
    private TestServer server;
    private Issuer acme;
    private long badge;

    @BeforeEach
    void start() {
        fixture = new GrantFixture();
        server = fixture.server;
        acme = fixture.issuer("acme");
        badge = fixture.template(acme, "First Steps", true, false);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void each_recipient_gets_its_outcome_in_order_with_its_own_name_evidence_and_expiry() {
        long once = fixture.template(acme, "Once", false, false);
        long held = fixture.award(once, acme.key(), "{\"email\":\"ada@example.org\"}").json().at("/data/id").asLong();

        Reply reply = bulk(once, null, "{\"recipients\":[{\"recipient\":{\"email\":\"ada@example.org\"}},"
                + "{\"recipient\":{\"email\":\"bob@example.org\"},"
                + "\"recipient_name\":{\"first\":\"Bob\",\"last\":\"Li\"},\"evidence\":{\"narrative\":\"Did it\"},"
                + "\"expires_at\":\"2099-01-01T00:00:00Z\"}]}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json().path("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).path("position").asInt()).isZero();
        assertThat(data.get(0).path("outcome").asText()).isEqualTo("already_awarded");
        assertThat(data.get(0).path("award_id").asLong()).isEqualTo(held);
        assertThat(data.get(1).path("outcome").asText()).isEqualTo("awarded");
        assertThat(data.get(1).path("recipient").asText()).isEqualTo("email:bob@example.org");
        assertThat(data.get(1).path("offer_id").isNull()).isTrue();
        JsonNode bob = server.get(data.get(1).path("location").asText(), acme.key()).json().path("data");
        assertThat(bob.at("/recipient_name/last").asText()).isEqualTo("Li");
        assertThat(bob.at("/evidence/narrative").asText()).isEqualTo("Did it");
        assertThat(bob.path("expires_at").asText()).isEqualTo("2099-01-01T00:00:00Z");
    }

    @Test
    void a_template_that_needs_acceptance_gives_each_recipient_an_offer() {
        long optIn = fixture.template(acme, "Opt In", false, true);

        Reply reply = bulk(optIn, null, body(2));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data")).allSatisfy(outcome -> {
            assertThat(outcome.path("outcome").asText()).isEqualTo("offered");
            assertThat(outcome.path("location").asText()).isEqualTo("/v1/offers/" + outcome.path("offer_id").asLong());
        });
    }

    @Test
    void the_same_key_and_batch_answer_the_same_outcomes_and_write_nothing_new() {
        Reply first = bulk(badge, "batch-1", body(3));
        fixture.writes.forget();

        Reply again = bulk(badge, "batch-1", body(3));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(fixture.writes.committedWrites()).isEmpty();
        assertThat(awardedBy(acme)).hasSize(3);
    }

    @Test
    void the_same_key_with_another_batch_is_a_conflict_and_changes_nothing() {
        bulk(badge, "batch-1", body(3));

        Reply other = bulk(badge, "batch-1", body(2));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(awardedBy(acme)).hasSize(3);
    }

    @Test
    void every_bad_entry_is_named_by_its_position_and_nothing_is_awarded() {
        Reply unreadable = bulk(badge, null, "{\"recipients\":[{\"recipient\":{\"email\":\"ada@example.org\"}},"
                + "{\"recipient\":{\"email\":\"ada@example.org\",\"member_id\":3}},{},"
                + "{\"recipient\":{\"email\":\"bob@example.org\"},\"expires_at\":\"tomorrow\"}]}");
        Reply refused = bulk(badge, null, "{\"recipients\":[{\"recipient\":{\"email\":\"ada@example.org\"},"
                + "\"expires_at\":\"2000-01-01T00:00:00Z\"},{\"recipient\":{\"email\":\"bob@example.org\"},"
                + "\"evidence\":{\"links\":[\"javascript:alert(1)\"]}}]}");

        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(attributes(unreadable)).containsExactly("recipients[1].recipient", "recipients[2].recipient",
                "recipients[3].expires_at");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("code").asText()).isEqualTo("expires_at_invalid");
        assertThat(attributes(refused)).containsExactly("recipients[0].expires_at", "recipients[1].links");
        assertThat(awardedBy(acme)).isEmpty();
    }

    @Test
    void a_batch_needs_one_to_a_thousand_recipients_and_a_valid_key() {
        Reply missing = bulk(badge, null, "{}");
        Reply empty = bulk(badge, null, "{\"recipients\":[]}");
        Reply tooMany = bulk(badge, null, body(1001));
        Reply badKey = bulk(badge, "has spaces", body(1));
        Reply unknownAttribute = bulk(badge, null, "{\"recipients\":[{\"recipient\":{\"email\":\"a@b.org\"},"
                + "\"callback_url\":\"https://acme.example/hook\"}]}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("code").asText()).isEqualTo("parameter_missing");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().path("code").asText()).isEqualTo("recipients_too_few");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().path("code").asText()).isEqualTo("recipients_too_many");
        assertThat(badKey.status()).isEqualTo(422);
        assertThat(badKey.json().path("code").asText()).isEqualTo("idempotency_key_invalid");
        assertThat(unknownAttribute.status()).isEqualTo(400);
        assertThat(awardedBy(acme)).isEmpty();
    }

    @Test
    void a_thousand_recipients_are_awarded_in_one_call() {
        Reply reply = bulk(badge, "big", body(1000));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data")).hasSize(1000)
                .allSatisfy(outcome -> assertThat(outcome.path("outcome").asText()).isEqualTo("awarded"));
        assertThat(reply.json().at("/data/999/recipient").asText()).isEqualTo("email:r999@example.org");
    }

    @Test
    void only_the_templates_issuer_awards_in_bulk_and_anonymous_callers_not_at_all() {
        Issuer other = fixture.issuer("other");

        Reply foreign = server.send(post(badge, body(1)), TestServer.bearer(other.key()));
        Reply anonymous = server.send(post(badge, body(1)), null);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(awardedBy(acme)).isEmpty();
    }

    private Reply bulk(long template, String key, String body) {
        HttpRequest.Builder request = post(template, body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return server.send(request, TestServer.bearer(acme.key()));
    }

    private HttpRequest.Builder post(long template, String body) {
        return server.request("/v1/templates/" + template + "/awards/bulk")
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    }

    private static String body(int recipients) {
        return IntStream.range(0, recipients).mapToObj(i -> "{\"recipient\":{\"email\":\"r" + i + "@example.org\"}}")
                .collect(Collectors.joining(",", "{\"recipients\":[", "]}"));
    }

    private static List<String> attributes(Reply reply) {
        List<String> attributes = new ArrayList<>();
        reply.json().path("errors").forEach(error -> attributes.add(error.path("attribute").asText()));
        return attributes;
    }

    private List<Long> awardedBy(Issuer issuer) {
        return server.pageThrough("/v1/achievements?role=awarded&page_size=100", issuer.key()).ids();
    }
}
