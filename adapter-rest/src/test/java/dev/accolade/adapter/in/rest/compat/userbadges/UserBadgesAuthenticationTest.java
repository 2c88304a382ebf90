package dev.accolade.adapter.in.rest.compat.userbadges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.userbadges.UserBadgesClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writes are authenticated by key or by signature; the test service is open in the sandbox only. */
class UserBadgesAuthenticationTest {

    private static final String BADGES = "/v1/demo/badges.json";
    private static final String BODY = "{\"badges\":[{\"name\":\"test\"}]}";

    private UserBadgesClient client;
    private String secret;
    private long demo;

    private void start(boolean sandbox) {
        client = new UserBadgesClient(sandbox);
        demo = client.createService("demo");
        secret = client.signingSecret(demo, null);
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private long now() {
        return client.clock.now().getEpochSecond();
    }

    private int badgeCount() {
        return client.get(BADGES).json().path("badges").size();
    }

    @Test
    void signatures_in_hmac_sha1_and_hmac_sha256_are_accepted() {
        start(false);

        Reply sha1 = client.signed("PUT", BADGES, BODY, secret, "HmacSHA1", now());
        Reply sha256 = client.signed("PUT", BADGES, "{\"badges\":[{\"name\":\"other\"}]}", secret, "HmacSHA256",
                now() - 120);

        assertThat(sha1.status()).as(sha1.body()).isEqualTo(200);
        assertThat(sha256.status()).as(sha256.body()).isEqualTo(200);
        assertThat(badgeCount()).isEqualTo(2);
    }

    @Test
    void a_skewed_a_tampered_a_replayed_and_an_unknown_service_signature_all_get_the_same_401() {
        start(false);
        long ts = now();
        String signature = UserBadgesClient.sign("HmacSHA1", secret, "PUT", BADGES, Long.toString(ts), BODY);
        String query = "?ts=" + ts + "&signature=" + signature;
        assertThat(client.send("PUT", UserBadgesClient.BASE + BADGES + query, null, BODY).status()).isEqualTo(200);

        Reply replayed = client.send("PUT", UserBadgesClient.BASE + BADGES + query, null, BODY);
        Reply tampered = client.send("PUT", UserBadgesClient.BASE + BADGES + query, null, BODY.replace("test", "tesT"));
        Reply skewed = client.signed("PUT", BADGES, BODY, secret, "HmacSHA256", now() - 301);
        Reply ahead = client.signed("PUT", BADGES, BODY, secret, "HmacSHA256", now() + 301);
        Reply unknown = client.signed("PUT", "/v1/nosuch/badges.json", BODY, secret, "HmacSHA1", now());
        Reply wrongSecret = client.signed("PUT", BADGES, BODY, secret + "x", "HmacSHA1", now());

        for (Reply refused : new Reply[] {replayed, tampered, skewed, ahead, unknown, wrongSecret}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.json()).isEqualTo(replayed.json());
        }
        assertThat(badgeCount()).isEqualTo(1);
    }

    @Test
    void a_key_in_the_authorization_header_is_an_api_key_or_the_signing_secret() {
        start(false);
        String apiKey = client.send("POST", "/v1/issuers/" + demo + "/api_keys",
                "Bearer " + UserBadgesClient.ADMIN_TOKEN, "{}").json().at("/data/secret").asText();

        assertThat(client.send("PUT", UserBadgesClient.BASE + BADGES, apiKey, BODY).status()).isEqualTo(200);
        assertThat(client.send("PUT", UserBadgesClient.BASE + BADGES, secret, BODY).status()).isEqualTo(200);
        assertThat(client.send("PUT", UserBadgesClient.BASE + BADGES, "Bearer " + secret, BODY).status())
                .isEqualTo(200);
        Reply wrong = client.send("PUT", UserBadgesClient.BASE + BADGES, "wrong-key", BODY);
        Reply otherService = client.send("PUT", UserBadgesClient.BASE + "/v1/nosuch/badges.json", apiKey, BODY);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(otherService.status()).isEqualTo(401);
        assertThat(otherService.json()).isEqualTo(wrong.json());
    }

    @Test
    void a_write_without_credentials_or_with_half_a_signature_is_a_badly_formed_request() {
        start(false);

        Reply none = client.send("PUT", UserBadgesClient.BASE + BADGES, null, BODY);
        Reply noSignature = client.send("PUT", UserBadgesClient.BASE + BADGES + "?ts=" + now(), null, BODY);
        Reply badTs = client.send("PUT", UserBadgesClient.BASE + BADGES + "?ts=soon&signature=ab", null, BODY);

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("code").asText()).isEqualTo("signature_missing");
        assertThat(noSignature.status()).isEqualTo(400);
        assertThat(badTs.json().path("code").asText()).isEqualTo("ts_invalid");
        assertThat(badgeCount()).isZero();
    }

    @Test
    void in_the_sandbox_the_test_service_takes_writes_without_credentials() {
        start(true);

        Reply badges = client.send("PUT", UserBadgesClient.BASE + "/v1/test/badges.json", null, BODY);
        Reply award = client.send("PUT", UserBadgesClient.BASE + "/v1/test/users/daniel.json", null,
                "{\"badges\":[\"test\",\"test\"]}");
        Reply demoWrite = client.send("PUT", UserBadgesClient.BASE + BADGES, null, BODY);

        assertThat(badges.status()).as(badges.body()).isEqualTo(200);
        assertThat(award.json().toString()).isEqualTo("{\"user\":{\"badges\":[\"test\"],\"name\":\"daniel\"}}");
        assertThat(client.get("/v1/test/users.json?names=daniel").json().at("/users/0/badges/0/count").asLong())
                .isEqualTo(2);
        assertThat(demoWrite.status()).isEqualTo(400);
    }

    @Test
    void without_the_sandbox_test_is_an_ordinary_service_name() {
        start(false);

        Reply write = client.send("PUT", UserBadgesClient.BASE + "/v1/test/badges.json", null, BODY);
        Reply withKey = client.send("PUT", UserBadgesClient.BASE + "/v1/test/badges.json", "any-key", BODY);

        assertThat(write.status()).isEqualTo(400);
        assertThat(withKey.status()).isEqualTo(401);
        assertThat(client.get("/v1/test/badges.json").status()).isEqualTo(404);
    }
}
