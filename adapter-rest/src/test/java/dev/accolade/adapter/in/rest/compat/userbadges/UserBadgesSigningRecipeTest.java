package dev.accolade.adapter.in.rest.compat.userbadges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesClient.Reply;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worked example of docs/compat/userbadges.md: its values are the server's. */
class UserBadgesSigningRecipeTest {

    private static final String PATH = "/v1/demo/users/daniel.json";
    private static final String BODY = "{\"badges\":[\"test1\",\"test2\"]}";
    private static final String TS = "1361151319";
    private static final String SHA1 = "fd53e0e2e3d56d6bde63068d6b8013b648860690";
    private static final String SHA256 = "19ff1342ee2e4c8529867604c8f03252b3b5df904376be29ff70884537d68ab8";

    private UserBadgesClient client;

    @BeforeEach
    void demoWithSecretAbc123AtTheExamplesTime() {
        client = new UserBadgesClient(false);
        client.signingSecret(client.createService("demo"), "abc123");
        client.send("PUT", UserBadgesClient.BASE + "/v1/demo/badges.json", "abc123",
                "{\"badges\":[{\"name\":\"test1\"},{\"name\":\"test2\"}]}");
        client.clock.set(Instant.ofEpochSecond(Long.parseLong(TS)));
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @Test
    void the_documented_signatures_are_the_hmacs_of_the_documented_message() {
        assertThat(UserBadgesClient.sign("HmacSHA1", "abc123", "PUT", PATH, TS, BODY)).isEqualTo(SHA1);
        assertThat(UserBadgesClient.sign("HmacSHA256", "abc123", "PUT", PATH, TS, BODY)).isEqualTo(SHA256);
    }

    @Test
    void the_server_accepts_each_documented_request_once() {
        Reply sha1 = client.send("PUT", UserBadgesClient.BASE + PATH + "?ts=" + TS + "&signature=" + SHA1, null, BODY);
        Reply sha256 = client.send("PUT", UserBadgesClient.BASE + PATH + "?ts=" + TS + "&signature=" + SHA256, null,
                BODY);
        Reply again = client.send("PUT", UserBadgesClient.BASE + PATH + "?ts=" + TS + "&signature=" + SHA1, null, BODY);

        assertThat(sha1.status()).as(sha1.body()).isEqualTo(200);
        assertThat(sha256.status()).as(sha256.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(401);
    }
}
