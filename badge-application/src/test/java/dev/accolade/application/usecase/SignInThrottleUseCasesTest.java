package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.session.IdentitySignInCommand;
import dev.accolade.application.session.SignInCommand;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.RateLimited;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.PasswordHash;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins slow down per member and address, per address and per member, before any password is
 * hashed; a member is never locked out from an address it signed in from; the counts live in the store, so
 * every instance over it sees them.
 */
public abstract class SignInThrottleUseCasesTest extends UseCaseTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String HOME = "198.51.100.7";

    private final AtomicInteger checks = new AtomicInteger();

    @BeforeEach
    void countPasswordChecks() {
        accolade = counting(AccoladeSettings.DEFAULT);
        member("ada@example.org");
    }

    /** The services with a password hasher that counts how often a password is checked. */
    private Accolade counting(AccoladeSettings settings) {
        PasswordHasherPort real = new Pbkdf2PasswordHasher(1_000);
        PasswordHasherPort counted = new PasswordHasherPort() {
            @Override
            public PasswordHash hash(String password) {
                return real.hash(password);
            }

            @Override
            public boolean matches(String password, PasswordHash hash) {
                checks.incrementAndGet();
                return real.matches(password, hash);
            }
        };
        return Accolade.builder().store(store).clock(clock).passwordHasher(counted).settings(settings).build();
    }

    private void signIn(Accolade services, String password, String address) {
        services.sessions().signIn(new SignInCommand("ada@example.org", password, address));
    }

    private void failFrom(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertRefused(() -> signIn(accolade, "wrong password", address), "invalid_credentials");
        }
    }

    private RateLimited assertThrottled(Runnable attempt) {
        int before = checks.get();
        RateLimited throttled = (RateLimited) assertRefused(attempt::run, "sign_in_throttled",
                ErrorCategory.TOO_MANY_REQUESTS);
        assertThat(checks.get()).as("no password checked for a throttled sign-in").isEqualTo(before);
        return throttled;
    }

    @Test
    void after_five_failures_from_an_address_even_the_right_password_waits_a_second_unchecked() {
        failFrom(ATTACKER, 5);

        RateLimited throttled = assertThrottled(() -> signIn(accolade, PASSWORD, ATTACKER));

        assertThat(throttled.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        signIn(accolade, PASSWORD, ATTACKER);
    }

    @Test
    void each_further_failure_doubles_the_wait_and_throttled_attempts_count_nothing() {
        failFrom(ATTACKER, 5);
        for (int i = 0; i < 10; i++) {
            assertThrottled(() -> signIn(accolade, "wrong password", ATTACKER));
        }
        clock.advance(Duration.ofSeconds(1));
        failFrom(ATTACKER, 1);

        assertThat(assertThrottled(() -> signIn(accolade, PASSWORD, ATTACKER)).retryAfterSeconds()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        failFrom(ATTACKER, 1);
        assertThat(assertThrottled(() -> signIn(accolade, PASSWORD, ATTACKER)).retryAfterSeconds()).isEqualTo(4);
    }

    @Test
    void a_success_starts_the_count_of_its_address_again() {
        failFrom(HOME, 4);
        signIn(accolade, PASSWORD, HOME);

        failFrom(HOME, 4);
        signIn(accolade, PASSWORD, HOME);
    }

    @Test
    void failures_from_one_address_do_not_slow_the_member_down_from_another() {
        failFrom(ATTACKER, 5);
        assertThrottled(() -> signIn(accolade, PASSWORD, ATTACKER));

        signIn(accolade, PASSWORD, HOME);
    }

    @Test
    void an_address_failing_on_many_members_waits_after_twenty_failures() {
        for (int i = 0; i < 20; i++) {
            String email = "nobody" + i + "@example.org";
            assertRefused(() -> accolade.sessions().signIn(new SignInCommand(email, PASSWORD, ATTACKER)),
                    "invalid_credentials");
        }

        assertThrottled(() -> signIn(accolade, PASSWORD, ATTACKER));
        signIn(accolade, PASSWORD, HOME);
    }

    @Test
    void a_flood_on_a_member_from_many_addresses_spaces_unknown_addresses_but_never_locks_out_a_known_one() {
        signIn(accolade, PASSWORD, HOME);
        for (int i = 0; i < 10; i++) {
            String address = "203.0.113." + i;
            assertRefused(() -> signIn(accolade, "wrong password", address), "invalid_credentials");
        }

        RateLimited throttled = assertThrottled(() -> signIn(accolade, PASSWORD, "203.0.113.200"));
        assertThat(throttled.retryAfter()).isLessThanOrEqualTo(Duration.ofSeconds(2));
        signIn(accolade, PASSWORD, HOME);
        clock.advance(Duration.ofSeconds(2));
        signIn(accolade, PASSWORD, "203.0.113.200");
    }

    @Test
    void a_caller_that_gives_no_address_is_held_by_the_member_cap_only() {
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> signIn(accolade, "wrong password", null), "invalid_credentials");
        }

        assertThrottled(() -> signIn(accolade, PASSWORD, null));
        clock.advance(Duration.ofSeconds(2));
        signIn(accolade, PASSWORD, null);
    }

    @Test
    void an_unknown_email_is_slowed_down_like_a_known_one() {
        for (int i = 0; i < 5; i++) {
            assertRefused(() -> accolade.sessions().signIn(new SignInCommand("nobody@example.org", PASSWORD,
                    ATTACKER)), "invalid_credentials");
        }

        assertThrottled(() -> accolade.sessions().signIn(new SignInCommand("nobody@example.org", PASSWORD,
                ATTACKER)));
    }

    @Test
    void signing_in_by_identity_counts_under_the_same_member() {
        Member ada = accolade.sessions().signIn(new SignInCommand("ada@example.org", PASSWORD)).member();
        failFrom(ATTACKER, 5);

        assertThrottled(() -> accolade.sessions().signInByIdentity(new IdentitySignInCommand(Identity.member(ada.id()),
                PASSWORD, ATTACKER)));
    }

    @Test
    void every_instance_over_the_same_store_sees_the_same_counts() {
        Accolade other = counting(AccoladeSettings.DEFAULT);
        failFrom(ATTACKER, 5);

        assertThrottled(() -> signIn(other, PASSWORD, ATTACKER));
    }

    @Test
    void failures_are_forgotten_a_day_after_the_last() {
        for (int i = 0; i < 14; i++) {
            clock.advance(Duration.ofMinutes(15).plusSeconds(1));
            failFrom(ATTACKER, 1);
        }
        assertThrottled(() -> signIn(accolade, PASSWORD, ATTACKER));
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        failFrom(ATTACKER, 4);
        signIn(accolade, PASSWORD, ATTACKER);
    }
}
