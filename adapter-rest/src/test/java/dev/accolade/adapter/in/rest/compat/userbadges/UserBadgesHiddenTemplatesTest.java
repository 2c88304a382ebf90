package dev.accolade.adapter.in.rest.compat.userbadges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hidden templates, rarity and points in the UserBadges dialect. Its reads are public, so no reader holds
 * anything: a hidden badge is "Hidden badge" with only its figures in {@code badges.json} and {@code users.json}
 * (several of them one entry, their figures added up), while the service's own signed writes answer with it
 * whole. Every badge shown whole carries {@code points} and {@code rarity}, unless the service keeps a custom
 * field of that name, and {@code count} keeps its meaning (the widget's {@code globalCount}).
 */
class UserBadgesHiddenTemplatesTest {

    private static final String KEY = "caves-secret";

    private UserBadgesClient client;
    private long service;

    @BeforeEach
    void aServiceWithTwoHiddenBadgesAndTwoOpenOnes() {
        client = new UserBadgesClient(false);
        service = client.createService("caves");
        client.signingSecret(service, KEY);
        write("PUT", "/v1/caves/badges.json", "{\"badges\": [{\"name\": \"digger\", \"description\": \"Dug\"},"
                + " {\"name\": \"miner\", \"points\": 7}]}");
        hidden("Secret", "A hidden cave", 30);
        hidden("Deeper", "An even deeper cave", 60);
        write("PUT", "/v1/caves/users/ada.json", "{\"badges\": [\"digger\", \"Secret\", \"Secret\"]}");
        write("PUT", "/v1/caves/users/bob.json", "{\"badges\": [\"Deeper\"]}");
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private void hidden(String title, String description, int points) {
        Reply created = client.send("POST", "/v1/issuers/" + service + "/templates", "Bearer "
                + UserBadgesClient.ADMIN_TOKEN, "{\"title\":\"" + title + "\",\"description\":\"" + description
                + "\",\"hidden\":true,\"points\":" + points + ",\"repeatable\":true,\"submit_for_review\":true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Reply approved = client.send("POST", "/v1/templates/" + created.json().at("/data/id").asLong() + "/approval",
                "Bearer " + UserBadgesClient.ADMIN_TOKEN, null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    private Reply write(String method, String path, String body) {
        Reply reply = client.send(method, UserBadgesClient.BASE + path, KEY, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static JsonNode named(JsonNode badges, String name) {
        for (JsonNode badge : badges) {
            if (badge.path("name").asText().equals(name)) {
                return badge;
            }
        }
        throw new AssertionError("no badge " + name + " in " + badges);
    }

    @Test
    void a_public_read_of_the_badges_shows_hidden_ones_as_hidden_badges_with_their_figures_only() {
        JsonNode badges = client.get("/v1/caves/badges.json?sort=name").json().path("badges");

        assertThat(badges).hasSize(4);
        assertThat(badges.get(0).toString()).as("sorted by the name shown").isEqualTo("{\"count\":2,"
                + "\"latest\":\"2013-02-24T19:16:15.142Z\",\"name\":\"Hidden badge\",\"hidden\":true}");
        assertThat(badges.get(1).toString()).isEqualTo("{\"count\":1,\"latest\":\"2013-02-24T19:16:15.142Z\","
                + "\"name\":\"Hidden badge\",\"hidden\":true}");
        assertThat(badges.get(2).path("name").asText()).isEqualTo("digger");
        assertThat(badges.toString()).doesNotContain("Secret").doesNotContain("Deeper").doesNotContain("cave");
    }

    @Test
    void the_services_own_write_answers_with_hidden_badges_whole() {
        JsonNode badges = write("PUT", "/v1/caves/badges.json", "{\"badges\": [{\"name\": \"digger\"}]}").json()
                .path("badges");

        JsonNode secret = named(badges, "Secret");
        assertThat(secret.path("description").asText()).isEqualTo("A hidden cave");
        assertThat(secret.path("hidden").asBoolean()).isTrue();
        assertThat(secret.path("points").asLong()).isEqualTo(30);
        assertThat(secret.path("count").asLong()).isEqualTo(2);
        assertThat(secret.path("rarity").asDouble()).as("ada, one of the two users").isEqualTo(0.5);
    }

    @Test
    void the_users_list_names_hidden_badges_hidden_and_shows_them_as_one() {
        JsonNode users = client.get("/v1/caves/users.json?names=ada,bob").json();

        assertThat(users.path("badges").has("Secret")).isFalse();
        assertThat(users.path("badges").has("Deeper")).isFalse();
        assertThat(users.at("/badges/Hidden badge").toString()).as("Secret twice and Deeper once")
                .isEqualTo("{\"count\":3,\"latest\":\"2013-02-24T19:16:15.142Z\",\"hidden\":true}");
        assertThat(users.at("/users/0/badges").toString()).isEqualTo("[{\"count\":1,\"latest\":"
                + "\"2013-02-24T19:16:15.142Z\",\"name\":\"digger\"},{\"count\":2,\"latest\":"
                + "\"2013-02-24T19:16:15.142Z\",\"name\":\"Hidden badge\"}]");
        assertThat(users.at("/users/1/badges/0/name").asText()).isEqualTo("Hidden badge");
        assertThat(users.toString()).doesNotContain("Secret").doesNotContain("Deeper");
    }

    @Test
    void badges_shown_whole_carry_points_and_rarity_unless_the_service_keeps_a_field_of_that_name() {
        JsonNode badges = client.get("/v1/caves/badges.json").json().path("badges");

        JsonNode digger = named(badges, "digger");
        assertThat(digger.path("points").asLong()).isZero();
        assertThat(digger.path("rarity").asDouble()).as("ada of ada and bob").isEqualTo(0.5);
        assertThat(digger.path("count").asLong()).isEqualTo(1);
        assertThat(digger.has("hidden")).as("written for hidden badges only").isFalse();
        JsonNode miner = named(badges, "miner");
        assertThat(miner.path("points").asLong()).as("the service's own custom field").isEqualTo(7);
        assertThat(miner.path("rarity").asDouble()).isZero();
        assertThat(client.get("/v1/caves/users.json?names=ada").json().at("/badges/digger/rarity").asDouble())
                .isEqualTo(0.5);
    }
}
