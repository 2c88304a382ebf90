package dev.accolade.adapter.in.rest.compat.userbadges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.FuzzValues;
import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesClient.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes UserBadges' writes with hostile signatures, timestamps, credentials, user names and bodies: no
 * answer is a server error, and a refused write leaves the service's badges and users as they were.
 */
class UserBadgesFuzzTest {

    private static final String KEY = "topchefs-secret";
    private static final List<String> ATTRIBUTES = List.of("badges", "name", "description", "link", "image");

    private static UserBadgesClient client;

    @BeforeContainer
    static void start() {
        client = new UserBadgesClient(false, RateLimits.OFF);
        client.signingSecret(client.createService("topchefs"), KEY);
        client.send("PUT", UserBadgesClient.BASE + "/v1/topchefs/badges.json", KEY,
                "{\"badges\": [{\"name\": \"recipes\"}]}");
        client.send("PUT", UserBadgesClient.BASE + "/v1/topchefs/users/ada.json", KEY, "{\"badges\": [\"recipes\"]}");
    }

    @AfterContainer
    static void stop() {
        client.close();
    }

    @Property(tries = 1000)
    void any_write_is_answered_without_a_server_error_and_a_refused_one_changes_nothing(
            @ForAll("writes") Write write) {
        String before = snapshot();

        Reply reply = client.send(write.method(), write.path(), write.authorization(), write.body());

        assertThat(reply.status()).as("%s answered %s", write, reply.body()).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(snapshot()).as("%s was refused but changed something", write).isEqualTo(before);
        }
    }

    @Property(tries = 300)
    void any_read_is_answered_without_a_server_error(@ForAll("names") String service, @ForAll("text") String sort) {
        Reply reply = client.get("/v1/" + service + "/badges.json?sort=" + encode(sort));

        assertThat(reply.status()).as("%s answered %s", sort, reply.body()).isLessThan(500);
    }

    private static String snapshot() {
        return client.get("/v1/topchefs/badges.json").body() + client.get("/v1/topchefs/users.json").body();
    }

    @Provide
    Arbitrary<Write> writes() {
        Arbitrary<String> method = Arbitraries.of("PUT", "DELETE");
        Arbitrary<String> target = Arbitraries.oneOf(Arbitraries.just("badges"),
                names().map(name -> "users/" + name));
        Arbitrary<String> query = Combinators.combine(text(), signatures())
                .as((ts, signature) -> "?ts=" + encode(ts) + "&signature=" + encode(signature));
        Arbitrary<String> authorization = Arbitraries.oneOf(Arbitraries.of(Arrays.asList(null, KEY, "Bearer " + KEY,
                "Bearer ", "Basic !!!")), text().map(value -> "Bearer " + value.replaceAll("[^\\x21-\\x7e]", "")));
        Arbitrary<String> body = Arbitraries.oneOf(FuzzValues.object(ATTRIBUTES), FuzzValues.json(),
                Arbitraries.of("{\"badges\":[\"\\u0000\"]}", "{\"badges\":[{\"name\":\"\\u0000\"}]}"));
        return Combinators.combine(method, target, Arbitraries.oneOf(query, Arbitraries.just("")), authorization,
                body).as((verb, where, parameters, credential, json) -> new Write(verb,
                        UserBadgesClient.BASE + "/v1/topchefs/" + where + ".json" + parameters, credential, json));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.of("ada", "bob", "topchefs", "x".repeat(300)),
                FuzzValues.text().map(UserBadgesFuzzTest::encode));
    }

    @Provide
    Arbitrary<String> text() {
        return FuzzValues.text();
    }

    private static Arbitrary<String> signatures() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(64),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(40), FuzzValues.text());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One write: method, path with its query, Authorization header and JSON body. */
    record Write(String method, String path, String authorization, String body) {

        @Override
        public String toString() {
            return method + " " + path + " [" + authorization + "] " + body;
        }
    }
}
