package dev.accolade.application.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.session.SignInAttempts;
import dev.accolade.domain.common.SecretHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a sign-in must wait, from the counts of earlier ones at a given time. */
class SignInPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SecretHash KEY = SecretHash.of("key");

    private static SignInAttempts failures(int count, Instant last) {
        return new SignInAttempts(KEY, count, Optional.of(last), Optional.empty());
    }

    private static SignInAttempts knownSince(Instant success, int failures, Instant lastFailure) {
        return new SignInAttempts(KEY, failures, Optional.of(lastFailure), Optional.of(success));
    }

    private static Duration waitFor(Optional<SignInAttempts> pair, Optional<SignInAttempts> address,
            SignInAttempts member) {
        return SignInPolicy.wait(pair, address, member, NOW);
    }

    @Test
    void five_failures_of_a_member_from_an_address_wait_nothing_until_the_fifth_then_one_second_doubling() {
        assertThat(SignInPolicy.waitAfter(4, 5)).isZero();
        assertThat(SignInPolicy.waitAfter(5, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInPolicy.waitAfter(6, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInPolicy.waitAfter(9, 5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(SignInPolicy.waitAfter(15, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInPolicy.waitAfter(1_000, 5)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_wait_of_a_pair_counts_from_its_last_failure() {
        SignInAttempts pair = failures(7, NOW.minusSeconds(1));

        assertThat(waitFor(Optional.of(pair), Optional.empty(), SignInAttempts.none(KEY)))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(waitFor(Optional.of(failures(7, NOW.minusSeconds(4))), Optional.empty(), SignInAttempts.none(KEY)))
                .isZero();
    }

    @Test
    void an_address_waits_after_twenty_failures_whatever_the_member() {
        assertThat(waitFor(Optional.empty(), Optional.of(failures(19, NOW)), SignInAttempts.none(KEY))).isZero();
        assertThat(waitFor(Optional.empty(), Optional.of(failures(20, NOW)), SignInAttempts.none(KEY)))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(waitFor(Optional.empty(), Optional.of(failures(40, NOW)), SignInAttempts.none(KEY)))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_member_past_ten_failures_takes_one_attempt_every_two_seconds_from_an_unknown_address() {
        SignInAttempts member = failures(500, NOW.minusMillis(500));

        assertThat(waitFor(Optional.of(SignInAttempts.none(KEY)), Optional.empty(), member))
                .isEqualTo(Duration.ofMillis(1_500));
        assertThat(waitFor(Optional.empty(), Optional.empty(), member)).isEqualTo(Duration.ofMillis(1_500));
        assertThat(waitFor(Optional.empty(), Optional.empty(), failures(9, NOW))).isZero();
        assertThat(waitFor(Optional.empty(), Optional.empty(), failures(500, NOW.minusSeconds(2)))).isZero();
    }

    @Test
    void an_address_that_signed_in_to_the_member_within_thirty_days_is_not_held_by_the_member_cap() {
        SignInAttempts member = failures(500, NOW);
        SignInAttempts known = knownSince(NOW.minus(Duration.ofDays(29)), 0, NOW.minus(Duration.ofDays(29)));
        SignInAttempts forgotten = knownSince(NOW.minus(Duration.ofDays(31)), 0, NOW.minus(Duration.ofDays(31)));

        assertThat(waitFor(Optional.of(known), Optional.empty(), member)).isZero();
        assertThat(waitFor(Optional.of(forgotten), Optional.empty(), member)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_known_address_still_waits_for_its_own_failures() {
        SignInAttempts known = knownSince(NOW.minus(Duration.ofDays(1)), 6, NOW);

        assertThat(waitFor(Optional.of(known), Optional.empty(), failures(500, NOW))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void failures_older_than_a_day_no_longer_count() {
        Instant dayAgo = NOW.minus(Duration.ofDays(1));

        assertThat(SignInPolicy.counted(failures(30, dayAgo), NOW)).isZero();
        assertThat(SignInPolicy.counted(failures(30, dayAgo.plusSeconds(1)), NOW)).isEqualTo(30);
    }

    @Test
    void the_longest_wait_wins() {
        Duration wait = waitFor(Optional.of(failures(5, NOW)), Optional.of(failures(25, NOW)), failures(50, NOW));

        assertThat(wait).isEqualTo(Duration.ofSeconds(32));
    }
}
