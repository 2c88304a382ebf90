package dev.accolade.adapter.in.rest.compat.userbadges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesClient.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every route of the dialect: sorts, the users list, removing badges, error codes and headers. */
class UserBadgesRoutesTest {

    private static final String KEY = "topchefs-secret";

    private UserBadgesClient client;

    @BeforeEach
    void serviceWithThreeBadgesAwardedAtThreeTimes() {
        client = new UserBadgesClient(false);
        client.signingSecret(client.createService("topchefs"), KEY);
        write("PUT", "/v1/topchefs/badges.json", "{\"badges\": [{\"name\": \"recipes\", \"description\": \"Posted"
                + " a recipe\"}, {\"name\": \"cooked\", \"link\": \"/badges/cooked\"}, {\"name\": \"banana\"}]}");
        client.clock.set(Instant.parse("2024-01-01T00:00:00Z"));
        write("PUT", "/v1/topchefs/users/ada.json", "{\"badges\": [\"recipes\", \"recipes\", \"recipes\"]}");
        client.clock.set(Instant.parse("2024-01-02T00:00:00Z"));
        write("PUT", "/v1/topchefs/users/bob.json", "{\"badges\": [\"cooked\"]}");
        client.clock.set(Instant.parse("2024-01-03T00:00:00.5Z"));
        write("PUT", "/v1/topchefs/users/ada.json", "{\"badges\": [\"cooked\"]}");
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private Reply write(String method, String path, String body) {
        return client.send(method, UserBadgesClient.BASE + path, KEY, body);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(field == null ? item.asText() : item.path(field).asText()));
        return values;
    }

    private List<String> badgeNames(String sort) {
        Reply reply = client.get("/v1/topchefs/badges.json" + (sort == null ? "" : "?sort=" + sort));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return texts(reply.json().path("badges"), "name");
    }

    @Test
    void badges_come_in_creation_order_or_sorted_by_every_key_both_ways() {
        assertThat(badgeNames(null)).containsExactly("recipes", "cooked", "banana");
        assertThat(badgeNames("name")).containsExactly("banana", "cooked", "recipes");
        assertThat(badgeNames("-name")).containsExactly("recipes", "cooked", "banana");
        assertThat(badgeNames("count")).containsExactly("banana", "cooked", "recipes");
        assertThat(badgeNames("-count")).containsExactly("recipes", "cooked", "banana");
        assertThat(badgeNames("date")).containsExactly("banana", "recipes", "cooked");
        assertThat(badgeNames("-date")).containsExactly("cooked", "recipes", "banana");
    }

    @Test
    void a_badge_never_awarded_has_a_count_of_zero_and_no_latest_and_times_have_milliseconds() {
        JsonNode badges = client.get("/v1/topchefs/badges.json?sort=name").json().path("badges");

        assertThat(badges.get(0).toString()).isEqualTo("{\"count\":0,\"name\":\"banana\",\"points\":0,"
                + "\"rarity\":0.0}");
        assertThat(badges.get(1).path("latest").asText()).isEqualTo("2024-01-03T00:00:00.500Z");
        assertThat(badges.get(1).path("link").asText()).isEqualTo("/badges/cooked");
    }

    @Test
    void users_are_listed_by_name_or_recency_and_sorted_with_their_badges() {
        Reply named = client.get("/v1/topchefs/users.json?names=bob,ada,nobody");
        Reply recent = client.get("/v1/topchefs/users.json");
        Reply byCount = client.get("/v1/topchefs/users.json?sort=-count");

        assertThat(texts(named.json().path("users"), "name")).containsExactly("bob", "ada", "nobody");
        assertThat(named.json().at("/users/2").toString()).isEqualTo("{\"badges\":[],\"name\":\"nobody\"}");
        assertThat(texts(recent.json().path("users"), "name")).containsExactly("ada", "bob");
        assertThat(texts(byCount.json().path("users"), "name")).containsExactly("ada", "bob");
        assertThat(texts(byCount.json().at("/users/0/badges"), "name")).containsExactly("recipes", "cooked");
        assertThat(byCount.json().at("/badges/cooked/count").asLong()).isEqualTo(2);
        assertThat(byCount.json().at("/badges/recipes/description").asText()).isEqualTo("Posted a recipe");
        assertThat(byCount.json().path("badges").has("banana")).isFalse();
        assertThat(texts(client.get("/v1/topchefs/users.json?sort=name").json().path("users"), "name"))
                .containsExactly("ada", "bob");
        assertThat(texts(client.get("/v1/topchefs/users.json?sort=-date").json().path("users"), "name"))
                .containsExactly("ada", "bob");
    }

    @Test
    void removing_badges_from_a_user_leaves_the_others() {
        Reply removed = write("DELETE", "/v1/topchefs/users/ada.json", "{\"badges\": [\"recipes\", \"banana\"]}");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().toString()).isEqualTo("{\"user\":{\"badges\":[\"cooked\"],\"name\":\"ada\"}}");
        assertThat(client.get("/v1/topchefs/badges.json?sort=name").json().at("/badges/2/count").asLong()).isZero();
    }

    @Test
    void deleting_a_badge_users_hold_removes_it_from_every_user() {
        Reply deleted = write("DELETE", "/v1/topchefs/badges.json", "{\"badges\": [\"cooked\"]}");

        assertThat(texts(deleted.json().path("badges"), "name")).containsExactly("recipes", "banana");
        JsonNode users = client.get("/v1/topchefs/users.json?names=ada,bob").json();
        assertThat(texts(users.at("/users/0/badges"), "name")).containsExactly("recipes");
        assertThat(users.at("/users/1").toString()).isEqualTo("{\"badges\":[],\"name\":\"bob\"}");
        assertThat(users.path("badges").has("cooked")).isFalse();
    }

    @Test
    void custom_fields_with_names_only_accolade_reserves_are_kept_under_those_names() {
        Reply written = write("PUT", "/v1/topchefs/badges.json", "{\"badges\": [{\"name\": \"judge\","
                + " \"title\": \"Head judge\", \"status\": \"gold\", \"version\": 2, \"id\": \"j-1\","
                + " \"myCustomField\": true}]}");

        assertThat(written.status()).isEqualTo(200);
        JsonNode judge = client.get("/v1/topchefs/badges.json").json().path("badges").findParents("name").stream()
                .filter(badge -> badge.path("name").asText().equals("judge")).findFirst().orElseThrow();
        assertThat(judge.path("title").asText()).isEqualTo("Head judge");
        assertThat(judge.path("status").asText()).isEqualTo("gold");
        assertThat(judge.path("version").asInt()).isEqualTo(2);
        assertThat(judge.path("id").asText()).isEqualTo("j-1");
        assertThat(judge.path("myCustomField").asBoolean()).isTrue();
        assertThat(judge.has(CustomFieldNames.APART)).isFalse();
        assertThat(judge.path("count").asLong()).isZero();
    }

    @Test
    void a_body_over_the_limit_is_413_as_on_every_other_api_and_changes_nothing() {
        String before = client.get("/v1/topchefs/badges.json").body();

        UserBadgesClient.Reply huge = write("PUT", "/v1/topchefs/badges.json",
                "{\"badges\": [{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}]}");

        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().path("code").asText()).isEqualTo("body_too_large");
        assertThat(client.get("/v1/topchefs/badges.json").body()).isEqualTo(before);
    }

    @Test
    void badly_formed_requests_are_400_and_change_nothing() {
        String before = client.get("/v1/topchefs/users.json").body();

        assertThat(client.get("/v1/topchefs/badges.json?sort=popularity").status()).isEqualTo(400);
        assertThat(client.get("/v1/topchefs/users.json?sort=names").status()).isEqualTo(400);
        assertThat(write("PUT", "/v1/topchefs/badges.json", "{\"badges\": [{\"description\": \"no name\"}]}")
                .status()).isEqualTo(400);
        assertThat(write("PUT", "/v1/topchefs/badges.json", "{\"badges\": [{\"name\": \"x\", \"count\": 3}]}")
                .json().path("code").asText()).isEqualTo("custom_fields_reserved");
        assertThat(write("PUT", "/v1/topchefs/badges.json", "{\"badges\": [{\"name\": \"x\", \"latest\": 1}]}")
                .status()).isEqualTo(400);
        assertThat(write("PUT", "/v1/topchefs/badges.json", "{\"badges\": [{\"name\": \"x\", \"globalCount\": 1}]}")
                .json().path("code").asText()).isEqualTo("custom_fields_reserved");
        assertThat(write("PUT", "/v1/topchefs/users/ada.json", "{\"badges\": [\"recipes\", \"nosuch\"]}")
                .json().path("code").asText()).isEqualTo("badges_unknown");
        assertThat(write("PUT", "/v1/topchefs/users/ada.json", "{\"badges\": ").status()).isEqualTo(400);
        assertThat(write("PUT", "/v1/topchefs/users/ada.json", "{\"badges\": [], \"x\": 1}").status()).isEqualTo(400);
        assertThat(client.get("/v1/topchefs/users.json").body()).isEqualTo(before);
    }

    @Test
    void an_unknown_service_is_404_on_reads_and_a_body_says_what_went_wrong() {
        Reply badges = client.get("/v1/nosuch/badges.json");
        Reply users = client.get("/v1/nosuch/users.json?names=ada");

        assertThat(badges.status()).isEqualTo(404);
        assertThat(users.status()).isEqualTo(404);
        assertThat(badges.json().path("code").asText()).isEqualTo("issuer_not_found");
        assertThat(badges.json().path("error").asText()).isNotBlank();
        assertThat(badges.header("X-Response-Time")).matches("[0-9]+ms");
    }

    @Test
    void reads_are_open_to_any_origin_and_preflights_allow_reads_only() {
        Reply read = client.get("/v1/topchefs/users.json");
        Reply preflight = client.send("OPTIONS", UserBadgesClient.BASE + "/v1/topchefs/users.json", null, null);
        Reply write = write("PUT", "/v1/topchefs/users/ada.json", "{\"badges\": [\"banana\"]}");

        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET, OPTIONS");
        assertThat(write.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void the_widget_and_its_themes_are_served_to_any_page() {
        Reply script = client.get("/userbadges.js");
        Reply theme = client.get("/themes/stackoverflow.css");
        Reply plain = client.get("/themes/plain.css");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.body()).contains("UserBadges.renderBadge");
        assertThat(theme.header("Content-Type")).startsWith("text/css");
        assertThat(theme.body()).contains(".userbadge");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(client.get("/themes/missing.css").status()).isEqualTo(404);
    }
}
