package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rule kinds over HTTP: windows, streaks and composites written and read back in their own shapes; every bad
 * rule refused with its own code and nothing written; a streak earned from events and its progress.
 */
class RuleKindsRoutesTest {

    private static final String STEVE = "handle:forum/steve";

    /** The fixed time of every request, at noon so that its days do not turn during a test. */
    private static final Instant NOON = Instant.parse("2026-03-11T12:00:00Z");

    private final GrantFixture fixture = new GrantFixture(() -> NOON);
    private final TestServer server = fixture.server;
    private final Issuer forum = fixture.issuer("forum");
    private final String templates = "/v1/issuers/" + forum.id() + "/templates";

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Reply create(String title, String rule) {
        return server.post(templates, forum.key(), "{\"title\":\"" + title + "\",\"submit_for_review\":true,"
                + "\"rule\":" + rule + "}");
    }

    /** A template with this rule, created and approved over HTTP; its id. */
    private long ruled(String title, String rule) {
        Reply created = create(title, rule);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.json().at("/data/id").asLong();
        assertThat(server.post("/v1/templates/" + id + "/approval", TestServer.ADMIN_TOKEN, null).status())
                .isEqualTo(200);
        return id;
    }

    private String ruleOf(long template) {
        return server.get("/v1/templates/" + template, forum.key()).json().at("/data/rule").toString();
    }

    private int templateCount() {
        return server.get(templates.replace("/issuers/" + forum.id(), "") + "?issuer=" + forum.id(), forum.key())
                .json().path("data").size();
    }

    @Test
    void each_kind_is_read_back_with_only_its_own_fields() {
        long weekly = ruled("Weekly", "{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":10,"
                + "\"within_days\":7}");
        long streak = ruled("Streak", "{\"kind\":\"streak\",\"metric\":\"login\",\"days\":7}");
        long weeks = ruled("Weeks", "{\"kind\":\"streak\",\"metric\":\"login\",\"weeks\":4}");
        long all = ruled("All", "{\"kind\":\"all_of\",\"templates\":[" + weekly + "," + streak + "]}");
        long any = ruled("Any", "{\"kind\":\"any_of\",\"templates\":[" + weekly + "," + weeks + "],\"at_least\":1}");

        assertThat(ruleOf(weekly)).isEqualTo("{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":10,"
                + "\"within_days\":7}");
        assertThat(ruleOf(streak)).isEqualTo("{\"kind\":\"streak\",\"metric\":\"login\",\"days\":7}");
        assertThat(ruleOf(weeks)).isEqualTo("{\"kind\":\"streak\",\"metric\":\"login\",\"weeks\":4}");
        assertThat(ruleOf(all)).isEqualTo("{\"kind\":\"all_of\",\"templates\":[" + weekly + "," + streak + "]}");
        assertThat(ruleOf(any)).isEqualTo("{\"kind\":\"any_of\",\"at_least\":1,\"templates\":[" + weekly + ","
                + weeks + "]}");
    }

    @Test
    void every_bad_rule_is_refused_with_its_own_code_and_nothing_is_written() {
        long chatty = ruled("Chatty", "{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":5}");
        long either = ruled("Either", "{\"kind\":\"any_of\",\"templates\":[" + chatty + "]}");
        Issuer other = fixture.issuer("other");
        long theirs = server.post("/v1/issuers/" + other.id() + "/templates", other.key(), "{\"title\":\"Theirs\"}")
                .json().at("/data/id").asLong();
        int before = templateCount();
        List<List<String>> cases = List.of(
                List.of("{\"kind\":\"ladder\",\"metric\":\"comments\",\"at_least\":5}", "rule_kind_invalid"),
                List.of("{\"kind\":\"threshold\",\"metric\":\"Comments\",\"at_least\":5}", "rule_metric_invalid"),
                List.of("{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":0}", "rule_threshold_invalid"),
                List.of("{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":-2}", "rule_threshold_invalid"),
                List.of("{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":5,\"within_days\":0}",
                        "rule_window_invalid"),
                List.of("{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":5,\"within_days\":400}",
                        "rule_window_invalid"),
                List.of("{\"kind\":\"streak\",\"metric\":\"login\",\"days\":0}", "rule_streak_invalid"),
                List.of("{\"kind\":\"streak\",\"metric\":\"login\",\"weeks\":53}", "rule_streak_invalid"),
                List.of("{\"kind\":\"streak\",\"metric\":\"login\"}", "rule_streak_invalid"),
                List.of("{\"kind\":\"all_of\",\"templates\":[]}", "rule_templates_invalid"),
                List.of("{\"kind\":\"all_of\",\"templates\":[" + chatty + "," + chatty + "]}",
                        "rule_templates_invalid"),
                List.of("{\"kind\":\"any_of\",\"templates\":[" + chatty + "],\"at_least\":2}", "rule_at_least_invalid"),
                List.of("{\"kind\":\"all_of\",\"templates\":[999999]}", "rule_template_unknown"),
                List.of("{\"kind\":\"any_of\",\"templates\":[" + theirs + "]}", "rule_template_foreign"));
        for (List<String> bad : cases) {
            Reply reply = create("Bad", bad.get(0));

            assertThat(reply.status()).as(bad.get(1)).isEqualTo(422);
            assertThat(reply.json().path("code").asText()).as(bad.get(0)).isEqualTo(bad.get(1));
        }
        Reply cycle = server.put("/v1/templates/" + chatty, forum.key(), "{\"title\":\"Chatty\",\"rule\":"
                + "{\"kind\":\"all_of\",\"templates\":[" + either + "]}}");
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.json().path("code").asText()).isEqualTo("rule_cycle");
        assertThat(templateCount()).isEqualTo(before);
        assertThat(ruleOf(chatty)).isEqualTo("{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":5}");
    }

    @Test
    void a_seven_day_login_streak_is_earned_from_events_and_shown_in_progress() {
        long week = ruled("Seven days", "{\"kind\":\"streak\",\"metric\":\"login\",\"days\":7}");
        StringBuilder logins = new StringBuilder();
        for (int day = 1; day <= 6; day++) {
            logins.append(day > 1 ? "," : "").append("{\"id\":\"l").append(day).append("\",\"subject\":\"")
                    .append(STEVE).append("\",\"metric\":\"login\",\"occurred_at\":\"")
                    .append(NOON.minus(Duration.ofDays(day))).append("\"}");
        }
        String events = "/v1/issuers/" + forum.id() + "/events";
        assertThat(server.post(events, forum.key(), "{\"events\":[" + logins + "]}").json().at("/data/awards"))
                .isEmpty();
        JsonNode progress = server.get("/v1/progress?issuer=" + forum.id() + "&subject=" + STEVE, forum.key())
                .json().at("/data/0");
        assertThat(progress.toString()).isEqualTo("{\"template_id\":" + week + ",\"title\":\"Seven days\","
                + "\"kind\":\"streak\",\"metric\":\"login\",\"value\":6,\"target\":7,\"percent\":85,\"held\":false}");

        JsonNode awards = server.post(events, forum.key(), "{\"events\":[{\"id\":\"today\",\"subject\":\"" + STEVE
                + "\",\"metric\":\"login\"}]}").json().at("/data/awards");

        assertThat(awards).hasSize(1);
        assertThat(awards.at("/0/template_id").asLong()).isEqualTo(week);
    }

    @Test
    void a_streak_counts_days_in_the_time_zone_an_event_names() {
        long twoDays = ruled("Two days", "{\"kind\":\"streak\",\"metric\":\"login\",\"days\":2}");
        String events = "/v1/issuers/" + forum.id() + "/events";
        String login = "{\"id\":\"%s\",\"subject\":\"" + STEVE
                + "\",\"metric\":\"login\",\"occurred_at\":\"%s\"%s}";
        String evening = NOON.minus(Duration.ofDays(3)).minus(Duration.ofHours(5)).toString();
        String morning = NOON.minus(Duration.ofDays(3)).plus(Duration.ofHours(3)).toString();

        Reply sameDay = server.post(events, forum.key(), "{\"events\":[" + String.format(login, "a", evening, "")
                + "," + String.format(login, "b", morning, "") + "]}");
        String zone = ",\"time_zone\":\"Asia/Tokyo\"";
        Reply twoDaysInTokyo = server.post(events, forum.key(), "{\"events\":[" + String.format(login, "c", evening,
                zone) + "," + String.format(login, "d", morning, zone) + "]}");

        assertThat(sameDay.status()).isEqualTo(200);
        assertThat(sameDay.json().at("/data/awards")).isEmpty();
        assertThat(twoDaysInTokyo.json().at("/data/recorded").asInt()).isEqualTo(2);
        assertThat(twoDaysInTokyo.json().at("/data/awards/0/template_id").asLong()).isEqualTo(twoDays);
    }

    @Test
    void a_rule_published_later_is_awarded_retroactively_and_its_job_shows_with_the_rule() {
        String events = "/v1/issuers/" + forum.id() + "/events";
        server.post(events, forum.key(), "{\"events\":[{\"id\":\"c1\",\"subject\":\"" + STEVE
                + "\",\"metric\":\"comments\",\"value\":30}]}");
        long chatty = ruled("Chatty", "{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":25}");
        JsonNode before = server.get("/v1/templates/" + chatty + "/rule", forum.key()).json().path("data");
        assertThat(before.path("rule").toString())
                .isEqualTo("{\"kind\":\"threshold\",\"metric\":\"comments\",\"at_least\":25}");
        assertThat(before.at("/job/state").asText()).isEqualTo("running");

        while (fixture.accolade.rules().runRuleJobs() > 0) {
            assertThat(server.get("/v1/templates/" + chatty + "/rule", forum.key()).status()).isEqualTo(200);
        }

        JsonNode job = server.get("/v1/templates/" + chatty + "/rule", forum.key()).json().at("/data/job");
        assertThat(job.path("state").asText()).isEqualTo("finished");
        assertThat(job.path("subjects_examined").asLong()).isEqualTo(1);
        assertThat(job.path("awarded").asLong()).isEqualTo(1);
        assertThat(job.path("finished_at").asText()).isEqualTo(NOON.toString());
        assertThat(server.get("/v1/templates/" + chatty + "/rule", fixture.issuer("other").key()).status())
                .isEqualTo(404);
    }

    @Test
    void a_composite_published_later_is_awarded_retroactively_to_holders_and_its_job_shows_with_the_rule() {
        long first = ruled("First", "null");
        long second = ruled("Second", "null");
        for (long template : List.of(first, second)) {
            assertThat(server.post("/v1/templates/" + template + "/awards", forum.key(),
                    "{\"recipient\":{\"key\":\"" + STEVE + "\"}}").status()).isEqualTo(201);
        }
        assertThat(server.post("/v1/templates/" + first + "/awards", forum.key(),
                "{\"recipient\":{\"key\":\"handle:forum/alex\"}}").status()).isEqualTo(201);
        long both = ruled("Both", "{\"kind\":\"all_of\",\"templates\":[" + first + "," + second + "]}");
        assertThat(server.get("/v1/templates/" + both + "/rule", forum.key()).json().at("/data/job/state").asText())
                .isEqualTo("running");

        while (fixture.accolade.rules().runRuleJobs() > 0) {
            assertThat(server.get("/v1/templates/" + both + "/rule", forum.key()).status()).isEqualTo(200);
        }

        JsonNode job = server.get("/v1/templates/" + both + "/rule", forum.key()).json().at("/data/job");
        assertThat(job.path("state").asText()).isEqualTo("finished");
        assertThat(job.path("rule").asText()).isEqualTo("all_of 2 of " + first + "," + second);
        assertThat(job.path("subjects_examined").asLong()).isEqualTo(2);
        assertThat(job.path("awarded").asLong()).isEqualTo(1);
        for (String subject : List.of(STEVE, "handle:forum/alex")) {
            JsonNode progress = server.get("/v1/progress?issuer=" + forum.id() + "&subject=" + subject, forum.key())
                    .json().path("data");
            assertThat(progress).singleElement().satisfies(entry -> {
                assertThat(entry.path("template_id").asLong()).isEqualTo(both);
                assertThat(entry.path("held").asBoolean()).as(subject).isEqualTo(subject.equals(STEVE));
            });
        }
    }

    @Test
    void an_award_a_composite_counts_tells_its_subscribers_the_composite_progress() {
        long first = ruled("First", "null");
        long second = ruled("Second", "null");
        long third = ruled("Third", "null");
        long two = ruled("Two of three", "{\"kind\":\"any_of\",\"templates\":[" + first + "," + second + ","
                + third + "],\"at_least\":2}");
        String webhooks = "/v1/issuers/" + forum.id() + "/webhooks";
        long webhook = server.post(webhooks, forum.key(), "{\"url\":\"https://receiver.example/hooks\","
                + "\"events\":[\"progress.updated\"]}").json().at("/data/id").asLong();

        assertThat(server.post("/v1/templates/" + first + "/awards", forum.key(),
                "{\"recipient\":{\"key\":\"" + STEVE + "\"}}").status()).isEqualTo(201);

        JsonNode deliveries = server.get(webhooks + "/" + webhook + "/deliveries", forum.key()).json().path("data");
        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.path("event").asText()).isEqualTo("progress.updated");
            assertThat(delivery.path("body").asText()).contains("\"data\":{\"template_id\":" + two
                    + ",\"subject\":\"" + STEVE + "\",\"current\":1,\"target\":2,\"percentage\":50}");
        });
    }
}
