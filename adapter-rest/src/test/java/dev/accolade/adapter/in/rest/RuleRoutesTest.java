package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events over HTTP: recorded once each, duplicates named, every bad input refused with its code and nothing written. */
class RuleRoutesTest {

    private static final String STEVE = "handle:forum/steve";

    private final GrantFixture fixture = new GrantFixture();
    private final TestServer server = fixture.server;
    private final Issuer forum = fixture.issuer("forum");
    private final String events = "/v1/issuers/" + forum.id() + "/events";

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static String event(String id, String subject, String metric, String more) {
        return "{\"id\":\"" + id + "\",\"subject\":\"" + subject + "\",\"metric\":\"" + metric + "\"" + more + "}";
    }

    private static String comment(String id) {
        return event(id, STEVE, "comments", "");
    }

    private static String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private Reply post(String body) {
        return server.post(events, forum.key(), body);
    }

    private long total(String subject, String metric) {
        return fixture.store.transactions().readOnly(() -> fixture.store.metricCounters().total(
                new IssuerId(forum.id()), Identity.parse(subject), new Metric(metric)));
    }

    private boolean anyEventStored(String id) {
        return fixture.store.transactions().readOnly(() -> fixture.store.metricEvents().find(
                new IssuerId(forum.id()), id)).isPresent();
    }

    @Test
    void a_batch_is_recorded_and_a_replay_changes_nothing_and_names_the_duplicates() {
        Reply first = post(batch(comment("c1"), event("c2", STEVE, "comments", ",\"value\":4"),
                event("c3", STEVE, "comments", ",\"occurred_at\":\"2020-01-01T00:00:00Z\"")));

        assertThat(first.status()).isEqualTo(200);
        JsonNode data = first.json().path("data");
        assertThat(data.path("recorded").asInt()).isEqualTo(3);
        assertThat(data.path("duplicates")).isEmpty();
        assertThat(total(STEVE, "comments")).isEqualTo(6);

        Reply replay = post(batch(comment("c1"), comment("c2"), comment("c3"), comment("c4")));

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().at("/data/recorded").asInt()).isEqualTo(1);
        assertThat(replay.json().at("/data/duplicates").toString()).isEqualTo("[\"c1\",\"c2\",\"c3\"]");
        assertThat(total(STEVE, "comments")).isEqualTo(7);
    }

    @Test
    void every_bad_input_is_refused_with_its_own_code_and_nothing_is_written() {
        String ok = comment("ok");
        String thousandAndOne = IntStream.range(0, 1001).mapToObj(i -> comment("e" + i))
                .collect(Collectors.joining(","));
        List<List<String>> cases = List.of(
                List.of(batch(), "events_empty"),
                List.of("{\"events\":[" + thousandAndOne + "]}", "events_too_many"),
                List.of(batch(ok, ok), "event_id_repeated"),
                List.of(batch(ok, event("f", STEVE, "comments", ",\"occurred_at\":\"2999-01-01T00:00:00Z\"")),
                        "event_in_future"),
                List.of(batch(ok, event("s", "Steve", "comments", "")), "subject_invalid"),
                List.of(batch(ok, event("m", STEVE, "Comments", "")), "metric_invalid"),
                List.of(batch(ok, event("v", STEVE, "comments", ",\"value\":0")), "value_invalid"),
                List.of(batch(ok, event("v", STEVE, "comments", ",\"value\":-5")), "value_invalid"));
        for (List<String> bad : cases) {
            Reply reply = post(bad.get(0));

            assertThat(reply.status()).as(bad.get(1)).isEqualTo(422);
            assertThat(reply.json().path("code").asText()).isEqualTo(bad.get(1));
            assertThat(anyEventStored("ok")).as(bad.get(1)).isFalse();
            assertThat(total(STEVE, "comments")).as(bad.get(1)).isZero();
        }
    }

    @Test
    void another_issuers_key_reaches_nothing() {
        Issuer other = fixture.issuer("other");

        Reply refused = server.post(events, other.key(), batch(comment("c1")));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(total(STEVE, "comments")).isZero();
    }
}
