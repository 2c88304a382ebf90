package dev.accolade.adapter.in.rest.compat.userbadges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesClient.Reply;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of the UserBadges specification, replayed with only the base URL changed, against a
 * service whose badges and clock are set up so that the specification's responses come back exactly, but for
 * the additions {@code points} and {@code rarity} on each badge ({@link UserBadgesHiddenTemplatesTest} checks
 * those).
 */
class UserBadgesExamplesTest {

    private static final String KEY = "abc123";
    private static final String DONATED = "{\"count\": 5, \"description\": \"User donated to site\","
            + " \"latest\": \"2013-02-24T19:16:15.142Z\", \"name\": \"donated\", \"type\": \"gold\"}";

    private UserBadgesClient client;

    @BeforeEach
    void demoServiceWithItsKey() {
        client = new UserBadgesClient(false);
        client.signingSecret(client.createService("demo"), KEY);
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private Reply put(String path, String body) {
        return client.send("PUT", UserBadgesClient.BASE + path, KEY, body);
    }

    /** A reply's body without the additions to the specification's fields, {@code points} and {@code rarity}. */
    private static JsonNode specified(Reply reply) {
        JsonNode body = reply.json().deepCopy();
        body.path("badges").forEach(badge -> ((ObjectNode) badge).remove(List.of("points", "rarity")));
        return body;
    }

    /** The state of the specification's badge examples: donated awarded 5 times, test 4 times. */
    private void donatedAndTestAwarded() {
        put("/v1/demo/badges.json", "{\"badges\": [{\"name\": \"donated\", \"description\": \"User donated to site\","
                + " \"type\": \"gold\"}, {\"name\": \"test\", \"description\": \"Another test badge\","
                + " \"type\": \"silver\"}]}");
        put("/v1/demo/users/bob.json", "{\"badges\": [\"donated\", \"donated\", \"test\", \"test\"]}");
        put("/v1/demo/users/daniel.json", "{\"badges\": [\"donated\", \"donated\", \"donated\", \"test\", \"test\"]}");
    }

    @Test
    void the_authorized_request_example_awards_test1_and_test2_to_daniel() {
        put("/v1/demo/badges.json", "{\"badges\": [{\"name\": \"test1\"}, {\"name\": \"test2\"}]}");

        Reply reply = client.send("PUT", "/compat/userbadges/v1/demo/users/daniel.json", "abc123",
                "{\n    \"badges\": [\n        \"test1\",\n        \"test2\"\n    ]\n}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(specified(reply)).isEqualTo(UserBadgesClient.parse(
                "{\"user\": {\"badges\": [\"test1\", \"test2\"], \"name\": \"daniel\"}}"));
        assertThat(reply.header("Content-Type").replace(" ", ""))
                .isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(reply.header("X-Response-Time")).matches("[0-9]+ms");
    }

    @Test
    void the_curl_example_with_its_compact_body_works_the_same() {
        put("/v1/demo/badges.json", "{\"badges\": [{\"name\": \"test1\"}, {\"name\": \"test2\"}]}");

        Reply reply = client.send("PUT", "/compat/userbadges/v1/demo/users/daniel.json", "abc123",
                "{\"badges\":[\"test1\", \"test2\"]}");

        assertThat(reply.json().at("/user/badges").toString()).isEqualTo("[\"test1\",\"test2\"]");
    }

    @Test
    void get_service_badges_answers_as_the_example() {
        donatedAndTestAwarded();

        Reply reply = client.get("/v1/demo/badges.json?sort=-count");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(specified(reply)).isEqualTo(UserBadgesClient.parse("{\"badges\": [" + DONATED + ", {\"count\": 4,"
                + " \"description\": \"Another test badge\", \"latest\": \"2013-02-24T19:16:15.142Z\","
                + " \"name\": \"test\", \"type\": \"silver\"}]}"));
    }

    @Test
    void adding_or_modifying_badges_answers_as_the_example() {
        donatedAndTestAwarded();

        Reply reply = put("/v1/demo/badges.json", "{\n    \"badges\": [\n        {\n            \"name\": \"test\",\n"
                + "            \"description\": \"This is a test badge\",\n            \"link\": \"/badges/test\",\n"
                + "            \"myCustomField\": 5\n        }\n    ]\n}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(specified(reply)).isEqualTo(UserBadgesClient.parse("{\"badges\": [" + DONATED + ", {\"count\": 4,"
                + " \"description\": \"This is a test badge\", \"latest\": \"2013-02-24T19:16:15.142Z\","
                + " \"link\": \"/badges/test\", \"name\": \"test\", \"myCustomField\": 5}]}"));
    }

    @Test
    void deleting_service_badges_answers_with_the_remaining_ones_as_the_example() {
        donatedAndTestAwarded();

        Reply reply = client.send("DELETE", "/compat/userbadges/v1/demo/badges.json", KEY,
                "{\n    \"badges\": [\n        \"test\"\n    ]\n}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(specified(reply)).isEqualTo(UserBadgesClient.parse("{\"badges\": [" + DONATED + "]}"));
    }

    /**
     * The specification's users example, with figures that agree with each other: its own give donated
     * a global count of 5 while bob and daniel hold 7, and a global latest after every user's latest.
     */
    @Test
    void get_users_answers_in_the_shape_of_the_example() {
        put("/v1/demo/badges.json", "{\"badges\": [{\"name\": \"donated\", \"description\": \"User donated to site\","
                + " \"type\": \"gold\"}, {\"name\": \"test\", \"description\": \"Another test badge\","
                + " \"type\": \"silver\"}]}");
        client.clock.set(Instant.parse("2013-02-23T16:41:37.084Z"));
        put("/v1/demo/users/daniel.json", "{\"badges\": [\"donated\", \"donated\", \"donated\"]}");
        client.clock.set(Instant.parse("2013-02-24T19:16:15.141Z"));
        put("/v1/demo/users/bob.json", "{\"badges\": [\"donated\", \"donated\", \"donated\", \"donated\","
                + " \"test\", \"test\", \"test\", \"test\"]}");

        Reply reply = client.get("/v1/demo/users.json?names=bob,daniel&sort=name");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(specified(reply)).isEqualTo(UserBadgesClient.parse("{\"badges\": {"
                + "\"donated\": {\"count\": 7, \"description\": \"User donated to site\","
                + " \"latest\": \"2013-02-24T19:16:15.141Z\", \"type\": \"gold\"},"
                + " \"test\": {\"count\": 4, \"description\": \"Another test badge\","
                + " \"latest\": \"2013-02-24T19:16:15.141Z\", \"type\": \"silver\"}},"
                + " \"users\": [{\"badges\": [{\"count\": 4, \"latest\": \"2013-02-24T19:16:15.141Z\","
                + " \"name\": \"donated\"}, {\"count\": 4, \"latest\": \"2013-02-24T19:16:15.141Z\","
                + " \"name\": \"test\"}],"
                + " \"latest\": \"2013-02-24T19:16:15.141Z\", \"name\": \"bob\"},"
                + " {\"badges\": [{\"count\": 3, \"latest\": \"2013-02-23T16:41:37.084Z\", \"name\": \"donated\"}],"
                + " \"latest\": \"2013-02-23T16:41:37.084Z\", \"name\": \"daniel\"}]}"));
    }
}
