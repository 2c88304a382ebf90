package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.session.SignInAttempts;
import dev.accolade.domain.common.SecretHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every store promises about sign-in counts: kept per key, counted up, reset, forgotten when old. */
public abstract class SignInAttemptsRepositoryContract extends StoreContract {

    private static final SecretHash KEY = SecretHash.of("sign-in pair\nmember:7\n203.0.113.9");
    private static final SecretHash OTHER = SecretHash.of("sign-in address\n203.0.113.9");

    private Optional<SignInAttempts> find(SecretHash key) {
        return read(() -> store.signInAttempts().find(key));
    }

    private void failure(SecretHash key, Instant at) {
        write(() -> store.signInAttempts().countFailure(key, at, at.minusSeconds(86_400)));
    }

    @Test
    void nothing_is_counted_under_a_new_key() {
        assertThat(find(KEY)).isEmpty();
    }

    @Test
    void failures_count_up_and_keep_the_time_of_the_last_exactly() {
        failure(KEY, at(1));
        failure(KEY, at(2));
        Instant last = plusMicros(at(3), 271_828);
        failure(KEY, last);

        assertThat(find(KEY)).contains(new SignInAttempts(KEY, 3, Optional.of(last), Optional.empty()));
        assertThat(find(OTHER)).isEmpty();
    }

    @Test
    void a_failure_after_the_counting_window_starts_the_count_again() {
        failure(KEY, at(1));
        failure(KEY, at(2));

        write(() -> store.signInAttempts().countFailure(KEY, at(100), at(50)));

        assertThat(find(KEY)).contains(new SignInAttempts(KEY, 1, Optional.of(at(100)), Optional.empty()));
    }

    @Test
    void a_success_sets_the_failures_back_to_zero_and_is_remembered_through_later_failures() {
        failure(KEY, at(1));
        failure(KEY, at(2));
        write(() -> store.signInAttempts().countSuccess(KEY, at(3)));

        assertThat(find(KEY)).contains(new SignInAttempts(KEY, 0, Optional.of(at(2)), Optional.of(at(3))));

        failure(KEY, at(4));
        assertThat(find(KEY)).contains(new SignInAttempts(KEY, 1, Optional.of(at(4)), Optional.of(at(3))));
    }

    @Test
    void a_first_success_makes_a_record_without_failures() {
        write(() -> store.signInAttempts().countSuccess(KEY, at(5)));

        assertThat(find(KEY)).contains(new SignInAttempts(KEY, 0, Optional.empty(), Optional.of(at(5))));
    }

    @Test
    void only_keys_with_no_recent_failure_and_no_recent_success_are_forgotten() {
        SecretHash oldFailure = SecretHash.of("old failure");
        SecretHash recentFailure = SecretHash.of("recent failure");
        SecretHash oldSuccess = SecretHash.of("old success");
        SecretHash recentSuccess = SecretHash.of("recent success, old failure");
        failure(oldFailure, at(10));
        failure(recentFailure, at(100));
        write(() -> store.signInAttempts().countSuccess(oldSuccess, at(10)));
        failure(recentSuccess, at(10));
        write(() -> store.signInAttempts().countSuccess(recentSuccess, at(1_000)));

        assertThat(inTransaction(() -> store.signInAttempts().forget(at(50), at(500)))).isEqualTo(2);

        assertThat(find(oldFailure)).isEmpty();
        assertThat(find(oldSuccess)).isEmpty();
        assertThat(find(recentFailure)).isPresent();
        assertThat(find(recentSuccess)).isPresent();
    }

    @Test
    void concurrent_failures_under_one_key_all_count() throws Exception {
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Instant at = at(10 + i);
                done.add(pool.submit(() -> failure(KEY, at)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(find(KEY)).get().extracting(SignInAttempts::failures).isEqualTo(attempts);
    }
}
