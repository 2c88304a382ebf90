package dev.accolade.adapter.in.rest.compat.mcserver;

import static dev.accolade.adapter.in.rest.compat.mcserver.McServerFixture.BASE;
import static dev.accolade.adapter.in.rest.compat.mcserver.McServerFixture.advancement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.TestServer;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hidden templates in the mc-coal dialect: an achievement whose template is hidden shows its name as "Hidden
 * achievement" (in {@code name}, {@code message} and {@code line}) to a member who does not hold it, and whole to
 * the server's issuer and to the member who claimed the player holding it; a search never finds it by its name
 * for one it is concealed from.
 */
class McServerHiddenTemplatesTest {

    private static final String SECRET_LINE = advancement("10:00:00", "steve", "Secret Cave");
    private static final String OPEN_LINE = advancement("10:05:00", "alex", "Stone Age");

    private McServerFixture fixture;
    private GrantFixture.Member reader;

    @BeforeEach
    void aHiddenAchievementAndAnOpenOne() {
        fixture = new McServerFixture();
        Reply created = fixture.server.post("/v1/issuers/" + fixture.coal.id() + "/templates", fixture.coal.key(),
                "{\"title\":\"Secret Cave\",\"description\":\"Found the cave\",\"hidden\":true,\"points\":50,"
                        + "\"submit_for_review\":true}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long secret = created.json().at("/data/id").asLong();
        assertThat(fixture.server.post("/v1/templates/" + secret + "/approval", TestServer.ADMIN_TOKEN, null)
                .status()).isEqualTo(200);
        assertThat(fixture.postLines("2024-05-01", List.of(SECRET_LINE, OPEN_LINE)).json().path("awards").asInt())
                .isEqualTo(2);
        reader = fixture.grants.member("reader@example.org");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private JsonNode list(String token, String query) {
        Reply reply = fixture.server.get(BASE + fixture.key + "/achievements" + query, token);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.json().path("achievements");
    }

    private static JsonNode named(JsonNode achievements, String username) {
        for (JsonNode achievement : achievements) {
            if (achievement.path("username").asText().equals(username)) {
                return achievement;
            }
        }
        throw new AssertionError("no achievement of " + username + " in " + achievements);
    }

    @Test
    void a_member_who_does_not_hold_it_sees_it_as_a_hidden_achievement() {
        JsonNode achievements = list(reader.token(), "");
        JsonNode secret = named(achievements, "steve");

        assertThat(secret.path("name").asText()).isEqualTo("Hidden achievement");
        assertThat(secret.path("message").asText()).isEqualTo("has made the advancement [Hidden achievement]");
        assertThat(secret.path("line").asText()).isEqualTo(advancement("10:00:00", "steve", "Hidden achievement"));
        assertThat(secret.path("hidden").asBoolean()).isTrue();
        assertThat(secret.toString()).doesNotContain("Secret Cave");
        JsonNode open = named(achievements, "alex");
        assertThat(open.path("name").asText()).isEqualTo("Stone Age");
        assertThat(open.has("hidden")).as("written only when concealed").isFalse();
        Reply one = fixture.server.get(BASE + fixture.key + "/achievements/" + secret.path("key").asText(),
                reader.token());
        assertThat(one.json()).isEqualTo(secret);
    }

    @Test
    void a_search_by_its_name_does_not_find_it_for_a_member_it_is_concealed_from() {
        assertThat(list(reader.token(), "?q=Secret")).isEmpty();
        assertThat(list(fixture.coal.key(), "?q=Secret")).hasSize(1);
    }

    @Test
    void the_issuer_sees_it_whole() {
        JsonNode secret = named(list(fixture.coal.key(), ""), "steve");

        assertThat(secret.path("name").asText()).isEqualTo("Secret Cave");
        assertThat(secret.path("line").asText()).isEqualTo(SECRET_LINE);
        assertThat(secret.has("hidden")).isFalse();
    }

    @Test
    void the_member_who_claimed_the_player_holding_it_sees_it_whole() {
        GrantFixture.Member steve = fixture.grants.member("steve@example.org");
        Reply claimed = fixture.server.post("/v1/members/" + steve.id() + "/identities", fixture.coal.key(),
                "{\"namespace\":\"minecraft:" + fixture.key + "\",\"handle\":\"steve\"}");
        assertThat(claimed.status()).as(claimed.raw().body()).isEqualTo(200);

        JsonNode secret = named(list(steve.token(), ""), "steve");

        assertThat(secret.path("name").asText()).isEqualTo("Secret Cave");
        assertThat(secret.path("message").asText()).isEqualTo("has made the advancement [Secret Cave]");
        assertThat(named(list(reader.token(), ""), "steve").path("name").asText())
                .as("still concealed from others").isEqualTo("Hidden achievement");
    }
}
