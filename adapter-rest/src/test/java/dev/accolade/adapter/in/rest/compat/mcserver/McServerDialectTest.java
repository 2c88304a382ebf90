package dev.accolade.adapter.in.rest.compat.mcserver;

import static dev.accolade.adapter.in.rest.compat.mcserver.McServerFixture.BASE;
import static dev.accolade.adapter.in.rest.compat.mcserver.McServerFixture.advancement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mc-coal dialect over HTTP: the specification's requests, fields, parameters, rights and errors. */
class McServerDialectTest {

    private static final String TAKING_INVENTORY =
            "2013-11-11 14:47:02 [INFO] gumptionthomas has just earned the achievement [Taking Inventory]";
    private static final String GETTING_AN_UPGRADE =
            "2013-11-10 17:19:04 [INFO] gumptionthomas has just earned the achievement [Getting an Upgrade]";
    private static final Set<String> FIELDS = Set.of("key", "server_key", "name", "message", "username",
            "player_key", "user_key", "timestamp", "line", "created", "updated");

    private McServerFixture fixture;

    @BeforeEach
    void start() {
        fixture = new McServerFixture();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static List<String> names(JsonNode achievements) {
        List<String> names = new ArrayList<>();
        achievements.forEach(achievement -> names.add(achievement.path("name").asText()));
        return names;
    }

    private static Set<String> fieldsOf(JsonNode achievement) {
        Set<String> fields = new TreeSet<>();
        achievement.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    void the_specifications_example_requests_answer_as_specified() {
        Reply posted = fixture.postLines("2013-11-11", List.of(GETTING_AN_UPGRADE, TAKING_INVENTORY));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json().path("lines_read").asInt()).isEqualTo(2);
        assertThat(posted.json().path("awards").asInt()).isEqualTo(2);

        Reply list = fixture.get("/achievements");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode achievements = list.json().path("achievements");
        assertThat(names(achievements)).containsExactly("Taking Inventory", "Getting an Upgrade");
        assertThat(list.json().has("cursor")).isFalse();
        JsonNode first = achievements.get(0);
        assertThat(fieldsOf(first)).isEqualTo(FIELDS);
        assertThat(first.path("server_key").asText()).isEqualTo(fixture.key);
        assertThat(first.path("username").asText()).isEqualTo("gumptionthomas");
        assertThat(first.path("message").asText()).isEqualTo("has just earned the achievement [Taking Inventory]");
        assertThat(first.path("line").asText()).isEqualTo(TAKING_INVENTORY);
        assertThat(first.path("timestamp").asText()).isEqualTo("2013-11-11 14:47:02 CST-0600");
        assertThat(first.path("created").asText())
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [A-Z]{3}-0[56]00");
        assertThat(first.path("updated").asText()).isEqualTo(first.path("created").asText());
        assertThat(first.get("user_key").isNull()).isTrue();

        Reply one = fixture.get("/achievements/" + first.path("key").asText());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).isEqualTo(first);

        Reply byName = fixture.get("/players/gumptionthomas/achievements");
        Reply byKey = fixture.get("/players/" + first.path("player_key").asText() + "/achievements");
        assertThat(byName.json()).isEqualTo(list.json());
        assertThat(byKey.json()).isEqualTo(list.json());
    }

    @Test
    void a_player_claimed_by_a_member_shows_the_members_user_key() {
        fixture.postLines("2013-11-11", List.of(TAKING_INVENTORY));
        GrantFixture.Member thomas = fixture.grants.member("thomas@example.org");

        Reply claimed = fixture.server.post("/v1/members/" + thomas.id() + "/identities", fixture.coal.key(),
                "{\"namespace\":\"minecraft:" + fixture.key + "\",\"handle\":\"gumptionthomas\"}");
        fixture.postLines("2013-11-11", List.of(GETTING_AN_UPGRADE));

        assertThat(claimed.status()).isEqualTo(200);
        JsonNode achievements = fixture.server.get(BASE + fixture.key + "/achievements", thomas.token()).json()
                .path("achievements");
        assertThat(achievements).hasSize(2);
        assertThat(achievements.get(0).path("user_key").asText()).isNotBlank()
                .isEqualTo(achievements.get(1).path("user_key").asText());
    }

    @Test
    void a_log_date_at_the_end_of_the_calendar_is_refused_as_invalid_and_writes_nothing() {
        fixture.grants.writes.forget();

        Reply posted = fixture.postLines("%2B999999999-12-31", List.of(advancement("23:59:59", "steve", "Stone Age"),
                advancement("00:00:01", "steve", "Iron Age")));

        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(400);
        assertThat(posted.json().path("error").asText()).isEqualTo("date_invalid");
        assertThat(fixture.grants.writes.committedWrites()).isEmpty();
    }

    @Test
    void posted_lines_are_read_once_as_text_or_as_a_json_array() {
        String chat = "[10:00:01] [Server thread/INFO]: <steve> steve has made the advancement [Fake]";
        Reply json = fixture.server.post(BASE + fixture.key + "/log_lines?date=2024-05-01", fixture.coal.key(),
                "[\"" + advancement("10:00:00", "steve", "Stone Age") + "\",\"" + chat + "\"]");
        Reply again = fixture.postLines("2024-05-01", List.of(advancement("10:00:00", "steve", "Stone Age")));

        assertThat(json.json().path("lines_read").asInt()).isEqualTo(2);
        assertThat(json.json().path("awards").asInt()).isEqualTo(1);
        assertThat(again.json().path("awards").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(1);
        assertThat(fixture.get("/achievements").json().path("achievements")).hasSize(1);
    }

    @Test
    void a_bad_batch_is_a_400_with_a_message_and_reads_nothing() {
        Reply notArray = fixture.server.post(BASE + fixture.key + "/log_lines", fixture.coal.key(), "{\"a\":1}");
        String tooMany = IntStream.range(0, 1001).mapToObj(i -> "line " + i + "\n").reduce("", String::concat);
        Reply tooLong = fixture.postText(fixture.coal.key(), "", tooMany);
        Reply badDate = fixture.postText(fixture.coal.key(), "?date=yesterday", "x\n");

        assertThat(List.of(notArray, tooLong, badDate)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.message()).isNotBlank();
        });
        assertThat(fixture.get("/achievements").json().path("achievements")).isEmpty();
    }

    @Test
    void only_the_servers_issuer_posts_lines_and_only_issuers_and_members_read() {
        GrantFixture.Issuer other = fixture.grants.issuer("other");
        GrantFixture.Member member = fixture.grants.member("reader@example.org");
        String line = advancement("10:00:00", "steve", "Stone Age") + "\n";

        assertThat(fixture.postText(other.key(), "", line).status()).isEqualTo(401);
        assertThat(fixture.postText(null, "", line).status()).isEqualTo(401);
        assertThat(fixture.postText(member.token(), "", line).status()).isEqualTo(401);
        assertThat(fixture.postText("not-a-key", "", line).status()).isEqualTo(401);
        assertThat(fixture.server.get(BASE + fixture.key + "/achievements", null).status()).isEqualTo(401);
        assertThat(fixture.server.get(BASE + fixture.key + "/achievements", other.key()).status()).isEqualTo(401);
        assertThat(fixture.server.get(BASE + fixture.key + "/achievements", member.token()).status()).isEqualTo(200);
    }

    @Test
    void unknown_servers_achievements_and_player_keys_are_404() {
        assertThat(fixture.server.get(BASE + "nosuchserver1/achievements", fixture.coal.key()).status())
                .isEqualTo(404);
        assertThat(fixture.server.get(BASE + "NOT_A-KEY/achievements", fixture.coal.key()).status()).isEqualTo(404);
        assertThat(fixture.get("/achievements/bWMtY29hbHInCxIGU2VydmVy").status()).isEqualTo(404);
        assertThat(fixture.get("/achievements/not-base64!").status()).isEqualTo(404);
        assertThat(fixture.get("/players/not-a-player-key-at-all/achievements").status()).isEqualTo(404);
        assertThat(fixture.get("/players/nobody/achievements").json().path("achievements")).isEmpty();
    }
}
