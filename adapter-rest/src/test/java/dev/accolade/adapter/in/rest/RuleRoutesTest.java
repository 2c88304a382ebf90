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

/**
 * Events, rules and progress over HTTP: events recorded once each, duplicates named, every bad input refused
 * with its code and nothing written; a rule met awards once with source rule; progress numbers.
 */
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
                List.of(batch(ok, event("v", STEVE, "comments", ",\"value\":-5")), "value_invalid"),
                List.of(batch(ok, event("z", STEVE, "comments", ",\"time_zone\":\"Mars/Olympus_Mons\"")),
                        "event_time_zone_invalid"),
                List.of(batch(ok, event("z", STEVE, "comments", ",\"time_zone\":\"\"")),
                        "event_time_zone_invalid"));
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

    /** A template with a threshold rule, created and approved over HTTP; its id. */
    private long ruleTemplate(String title, String metric, long atLeast) {
        Reply created = server.post("/v1/issuers/" + forum.id() + "/templates", forum.key(), "{\"title\":\"" + title
                + "\",\"submit_for_review\":true,\"rule\":{\"kind\":\"threshold\",\"metric\":\"" + metric
                + "\",\"at_least\":" + atLeast + "}}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.json().at("/data/id").asLong();
        assertThat(server.post("/v1/templates/" + id + "/approval", TestServer.ADMIN_TOKEN, null).status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void a_template_shows_its_rule_and_a_bad_rule_is_refused_with_its_code() {
        long chatty = ruleTemplate("Chatty", "comments", 25);

        JsonNode rule = server.get("/v1/templates/" + chatty, forum.key()).json().at("/data/rule");
        assertThat(rule.toString()).isEqualTo("{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":25}");
        Reply zero = server.post("/v1/issuers/" + forum.id() + "/templates", forum.key(),
                "{\"title\":\"Zero\",\"rule\":{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":0}}");
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.json().path("code").asText()).isEqualTo("rule_threshold_invalid");
    }

    @Test
    void the_twenty_fifth_comment_earns_the_badge_once_with_source_rule_even_after_a_replay() {
        long chatty = ruleTemplate("Chatty", "comments", 25);
        String first = batch(IntStream.range(0, 24).mapToObj(i -> comment("c" + i)).toArray(String[]::new));
        assertThat(post(first).json().at("/data/awards")).isEmpty();

        Reply crossing = post(batch(comment("c24"), comment("c25")));

        JsonNode awards = crossing.json().at("/data/awards");
        assertThat(awards).hasSize(1);
        assertThat(awards.at("/0/template_id").asLong()).isEqualTo(chatty);
        assertThat(awards.at("/0/recipient").asText()).isEqualTo(STEVE);
        JsonNode award = server.get("/v1/awards/" + awards.at("/0/id").asLong(), forum.key()).json().path("data");
        assertThat(award.path("source").asText()).isEqualTo("rule");

        Reply replay = post(batch(comment("c24"), comment("c25")));
        assertThat(replay.json().at("/data/awards")).isEmpty();
        assertThat(replay.json().at("/data/duplicates")).hasSize(2);
        assertThat(post(batch(comment("c26"))).json().at("/data/awards")).isEmpty();
        JsonNode given = server.get("/v1/achievements?role=awarded", forum.key()).json().path("data");
        assertThat(given).hasSize(1);
    }

    @Test
    void progress_lists_value_target_percentage_and_holding_for_every_rule_template() {
        long bronze = ruleTemplate("Bronze", "comments", 5);
        long gold = ruleTemplate("Gold", "comments", 25);
        post(batch(IntStream.range(0, 7).mapToObj(i -> comment("c" + i)).toArray(String[]::new)));

        Reply reply = server.get("/v1/progress?issuer=" + forum.id() + "&subject=" + STEVE, forum.key());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json().path("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).toString()).isEqualTo("{\"template_id\":" + bronze + ",\"title\":\"Bronze\","
                + "\"kind\":\"threshold\",\"metric\":\"comments\",\"value\":7,\"target\":5,\"percent\":100,"
                + "\"held\":true}");
        assertThat(data.get(1).path("template_id").asLong()).isEqualTo(gold);
        assertThat(data.get(1).path("percent").asInt()).isEqualTo(28);
        assertThat(data.get(1).path("held").asBoolean()).isFalse();
    }

    @Test
    void progress_needs_an_issuer_a_valid_subject_and_the_issuers_right() {
        Issuer other = fixture.issuer("other");
        String path = "/v1/progress?issuer=" + forum.id() + "&subject=";

        assertThat(server.get("/v1/progress?subject=" + STEVE, forum.key()).status()).isEqualTo(400);
        Reply invalid = server.get(path + "steve", forum.key());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("code").asText()).isEqualTo("subject_invalid");
        assertThat(server.get(path + STEVE, other.key()).status()).isEqualTo(403);
        assertThat(server.get(path + STEVE, null).status()).isEqualTo(401);
    }
}
