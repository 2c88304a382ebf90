package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.adapter.in.rest.limit.AddressBlock;
import dev.accolade.adapter.out.memory.InMemoryStore;
import dev.accolade.application.Accolade;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.application.usecase.TestClock;
import dev.accolade.domain.member.PasswordHash;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sign-in flood is slowed before any password is hashed, on every sign-in route, while the member still gets
 * in from an address it signed in from before. The server trusts the loopback proxy here, so that each
 * request names its client in {@code X-Forwarded-For}; the clock stands still, so no wait ever runs out.
 */
class SignInThrottleRoutesTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String EMAIL = "ada@example.org";
    private static final String HOME = "198.51.100.7";
    private static final String ATTACKER = "203.0.113.66";

    private final AtomicInteger hashed = new AtomicInteger();
    private TestServer server;
    private long ada;

    @BeforeEach
    void start() {
        PasswordHasherPort real = new Pbkdf2PasswordHasher(1_000);
        PasswordHasherPort counting = new PasswordHasherPort() {
            @Override
            public PasswordHash hash(String password) {
                return real.hash(password);
            }

            @Override
            public boolean matches(String password, PasswordHash hash) {
                hashed.incrementAndGet();
                return real.matches(password, hash);
            }
        };
        Accolade accolade = Accolade.builder().store(new InMemoryStore())
                .clock(new TestClock(Instant.parse("2026-03-01T12:00:00Z"))).passwordHasher(counting).build();
        Registration registration = accolade.members().registerMember(new RegisterMemberCommand(Actor.operator(),
                new MemberDetails(EMAIL, PASSWORD, "Ada", null, null)));
        accolade.members().confirmRegistration(new ConfirmRegistrationCommand(
                registration.confirmationToken().orElseThrow()));
        ada = registration.member().id().value();
        server = TestServer.start(accolade, new RateLimits(RateLimits.DEFAULT.perCredential(),
                RateLimits.DEFAULT.perAddress(), List.of(AddressBlock.parse("127.0.0.1"))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply signIn(String password, String from) {
        HttpRequest.Builder request = server.request("/v1/sessions").header("X-Forwarded-For", from)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"" + password + "\"}"));
        return server.send(request, null);
    }

    private Reply auth(String password, String from) {
        String form = "identity=" + URLEncoder.encode("{\"email\":\"" + EMAIL + "\"}", StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = server.request("/compat/achievemint/api/auth.json")
                .header("X-Forwarded-For", from).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return server.send(request, null);
    }

    private String lastVisit() {
        return server.get("/v1/members/" + ada, ADMIN_TOKEN).json().at("/data/last_visit_at").asText();
    }

    @Test
    void a_flood_from_one_address_is_refused_unhashed_and_the_member_still_signs_in_from_home() {
        assertThat(signIn(PASSWORD, HOME).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("wrong password", ATTACKER).status()).isEqualTo(401);
        }
        int hashes = hashed.get();
        String visited = lastVisit();

        Reply throttled = signIn(PASSWORD, ATTACKER);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().path("code").asText()).isEqualTo("sign_in_throttled");
        assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValue("1");
        assertThat(throttled.json().has("data")).isFalse();
        assertThat(hashed.get()).as("passwords hashed for the refused sign-in").isEqualTo(hashes);
        assertThat(lastVisit()).as("the member's last visit, which a sign-in writes").isEqualTo(visited);
        assertThat(signIn(PASSWORD, HOME).status()).isEqualTo(200);
    }

    @Test
    void a_flood_from_many_addresses_spaces_new_addresses_but_never_locks_out_the_known_one() {
        assertThat(signIn(PASSWORD, HOME).status()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("wrong password", "203.0.113." + i).status()).isEqualTo(401);
        }
        int hashes = hashed.get();

        Reply newcomer = signIn(PASSWORD, "203.0.113.200");

        assertThat(newcomer.status()).isEqualTo(429);
        assertThat(newcomer.raw().headers().firstValue("Retry-After")).hasValue("2");
        assertThat(hashed.get()).isEqualTo(hashes);
        assertThat(signIn(PASSWORD, HOME).status()).isEqualTo(200);
    }

    @Test
    void achieve_mint_auth_is_slowed_the_same_with_its_own_error_and_status_429() {
        for (int i = 0; i < 5; i++) {
            Reply refused = auth("wrong password", ATTACKER);
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.json().at("/error/code").asInt()).isEqualTo(21);
        }
        int hashes = hashed.get();

        Reply throttled = auth(PASSWORD, ATTACKER);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().at("/error/code").asInt()).isEqualTo(24);
        assertThat(throttled.raw().headers().firstValue("X-Accolade-Error")).hasValue("sign_in_throttled");
        assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValue("1");
        assertThat(hashed.get()).isEqualTo(hashes);
        assertThat(auth(PASSWORD, HOME).json().at("/user/token").asText()).hasSize(32);
    }

    @Test
    void failures_on_one_route_count_on_the_other() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("wrong password", ATTACKER).status()).isEqualTo(401);
        }

        assertThat(auth(PASSWORD, ATTACKER).status()).isEqualTo(429);
    }
}
