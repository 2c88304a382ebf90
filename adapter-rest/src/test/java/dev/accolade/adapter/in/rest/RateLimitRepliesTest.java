package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.adapter.in.rest.limit.AddressBlock;
import dev.accolade.adapter.in.rest.limit.Rate;
import dev.accolade.adapter.out.memory.InMemoryStore;
import dev.accolade.application.Accolade;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.issuer.IssuerSlug;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A caller over its rate gets 429 with {@code Retry-After} in the form of the API it called, before any route
 * runs; bad credentials count against their address. The rates here refill one token per 1,000 seconds, so
 * that nothing depends on how fast the test runs.
 */
class RateLimitRepliesTest {

    private static final Rate SLOW_THREE = new Rate(0.001, 3);
    private static final Rate SLOW_FIVE = new Rate(0.001, 5);

    private final StorePorts store = new InMemoryStore();
    private TestServer server;

    private TestServer start(RateLimits limits) {
        server = TestServer.start(Accolade.builder().store(store).build(), limits);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void exhaustTheAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(server.get("/openapi.json", null).status()).isEqualTo(200);
        }
    }

    private static void assertRetryAfter(Reply reply) {
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.raw().headers().firstValue("Retry-After")).hasValue("1000");
    }

    @Test
    void an_anonymous_caller_over_its_rate_gets_429_with_retry_after_in_the_native_form() {
        start(new RateLimits(SLOW_FIVE, SLOW_THREE, List.of()));
        exhaustTheAddress();

        Reply refused = server.get("/v1/templates", null);

        assertRetryAfter(refused);
        assertThat(refused.json().path("code").asText()).isEqualTo("rate_limited");
        assertThat(refused.json().path("message").asText()).startsWith("Too many requests");
    }

    static Stream<Arguments> dialects() {
        return Stream.of(
                Arguments.of("GET", "/compat/acclaim/v1/users/self/badges", (Consumer<Reply>) reply -> {
                    assertThat(reply.json().path("message").asText()).startsWith("Too many requests");
                    assertThat(reply.json().has("code")).isFalse();
                }),
                Arguments.of("GET", "/compat/achievemint/api/current_version.json", (Consumer<Reply>) reply -> {
                    assertThat(reply.json().at("/error/code").asInt()).isEqualTo(5);
                    assertThat(reply.json().at("/error/description").asText()).startsWith("Too many requests");
                    assertThat(reply.raw().headers().firstValue("X-Accolade-Error")).hasValue("rate_limited");
                }),
                Arguments.of("GET", "/compat/userbadges/v1/demo/badges.json", (Consumer<Reply>) reply -> {
                    assertThat(reply.json().path("code").asText()).isEqualTo("rate_limited");
                    assertThat(reply.json().path("error").asText()).startsWith("Too many requests");
                }),
                Arguments.of("GET", "/compat/mcserver/api/v1/servers/srv/achievements", (Consumer<Reply>) reply -> {
                    assertThat(reply.json().path("error").asText()).isEqualTo("rate_limited");
                    assertThat(reply.json().path("message").asText()).startsWith("Too many requests");
                }));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("dialects")
    void every_dialect_answers_429_with_retry_after_in_its_own_form(String method, String path,
            Consumer<Reply> form) {
        start(new RateLimits(SLOW_FIVE, SLOW_THREE, List.of()));
        exhaustTheAddress();

        Reply refused = server.call(method, path, null, null);

        assertRetryAfter(refused);
        form.accept(refused);
    }

    @Test
    void five_hundred_bad_api_keys_in_a_row_meet_429_after_the_address_burst() {
        start(new RateLimits(RateLimits.DEFAULT.perCredential(), new Rate(0.001, 20), List.of()));
        int unauthorized = 0;
        int firstRefusal = -1;
        for (int i = 0; i < 500; i++) {
            int status = server.get("/v1/issuers", "acc_" + "x".repeat(36) + String.format("%04d", i)).status();
            if (status == 401) {
                unauthorized++;
            } else if (status == 429 && firstRefusal < 0) {
                firstRefusal = i;
            }
        }

        assertThat(unauthorized).isEqualTo(20);
        assertThat(firstRefusal).isEqualTo(20);
    }

    @Test
    void an_accepted_key_keeps_working_while_bad_keys_exhaust_its_address() {
        start(new RateLimits(RateLimits.DEFAULT.perCredential(), SLOW_THREE, List.of()));
        assertThat(server.get("/v1/issuers", ADMIN_TOKEN).status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(server.get("/v1/issuers", "acc_bad" + i).status()).isEqualTo(401);
        }
        assertThat(server.get("/v1/issuers", "acc_bad3").status()).isEqualTo(429);
        assertThat(server.get("/v1/issuers", null).status()).isEqualTo(429);

        assertThat(server.get("/v1/issuers", ADMIN_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void a_key_accepted_before_and_revoked_since_counts_against_its_address_again() {
        start(new RateLimits(RateLimits.DEFAULT.perCredential(), SLOW_THREE, List.of()));
        long issuer = server.createIssuer("acme");
        Reply created = server.post("/v1/issuers/" + issuer + "/api_keys", ADMIN_TOKEN, "{}");
        String key = created.json().at("/data/secret").asText();
        assertThat(server.get("/v1/issuers/" + issuer + "/api_keys", key).status()).isEqualTo(200);
        assertThat(server.delete("/v1/issuers/" + issuer + "/api_keys/" + created.json().at("/data/id").asLong(),
                ADMIN_TOKEN).status()).isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            assertThat(server.get("/v1/issuers", key).status()).isEqualTo(401);
        }
        assertThat(server.get("/v1/issuers", key).status()).isEqualTo(429);
    }

    @Test
    void a_key_over_its_own_rate_gets_429_and_the_refused_request_writes_nothing() {
        start(new RateLimits(SLOW_FIVE, new Rate(0.001, 100), List.of()));
        for (int i = 0; i < 5; i++) {
            assertThat(server.get("/v1/issuers", ADMIN_TOKEN).status()).isEqualTo(200);
        }

        Reply refused = server.post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"late\",\"name\":\"Late\"}");

        assertRetryAfter(refused);
        assertThat(store.transactions().readOnly(() -> store.issuers().findBySlug(new IssuerSlug("late")))).isEmpty();
    }

    @Test
    void a_registration_over_the_address_rate_registers_nobody() {
        start(new RateLimits(SLOW_FIVE, SLOW_THREE, List.of()));
        exhaustTheAddress();

        Reply refused = server.post("/v1/members", null,
                "{\"email\":\"kid@example.org\",\"password\":\"correct horse battery\",\"name\":\"Kid\"}");

        assertRetryAfter(refused);
        assertThat(store.transactions().readOnly(() -> store.members().findByEmail(
                new EmailAddress("kid@example.org")))).isEmpty();
    }

    @Test
    void health_is_never_limited() {
        start(new RateLimits(SLOW_FIVE, SLOW_THREE, List.of()));
        exhaustTheAddress();

        for (int i = 0; i < 10; i++) {
            assertThat(server.get("/health", null).status()).isEqualTo(200);
        }
    }

    @Test
    void without_trusted_proxies_x_forwarded_for_changes_nothing() {
        start(new RateLimits(SLOW_FIVE, SLOW_THREE, List.of()));
        exhaustTheAddress();

        HttpRequest.Builder forwarded = server.request("/openapi.json").header("X-Forwarded-For", "198.51.100.1");
        assertThat(server.send(forwarded, null).status()).isEqualTo(429);
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_bucket() {
        start(new RateLimits(SLOW_FIVE, SLOW_THREE, List.of(AddressBlock.parse("127.0.0.1"))));
        exhaustTheAddress();

        HttpRequest.Builder forwarded = server.request("/openapi.json").header("X-Forwarded-For", "198.51.100.1");
        assertThat(server.send(forwarded, null).status()).isEqualTo(200);
    }
}
