package dev.accolade.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A rate-limit refusal says when to try again, in whole seconds rounded up, never less than one. */
class RateLimitedTest {

    @Test
    void a_request_over_its_rate_is_too_many_requests_with_code_rate_limited() {
        RateLimited limited = RateLimited.requests(Duration.ofSeconds(3));

        assertThat(limited.category()).isEqualTo(ErrorCategory.TOO_MANY_REQUESTS);
        assertThat(limited.code()).isEqualTo("rate_limited");
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(limited).hasMessageContaining("3 s");
    }

    @Test
    void a_throttled_sign_in_has_code_sign_in_throttled() {
        RateLimited throttled = RateLimited.signIn(Duration.ofMinutes(15));

        assertThat(throttled.category()).isEqualTo(ErrorCategory.TOO_MANY_REQUESTS);
        assertThat(throttled.code()).isEqualTo("sign_in_throttled");
        assertThat(throttled.retryAfterSeconds()).isEqualTo(900);
    }

    @Test
    void the_wait_in_seconds_is_rounded_up_and_at_least_one() {
        assertThat(RateLimited.requests(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(RateLimited.requests(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
        assertThat(RateLimited.requests(Duration.ofMillis(2_001)).retryAfterSeconds()).isEqualTo(3);
        assertThat(RateLimited.requests(Duration.ofSeconds(2)).retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void a_negative_wait_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimited.requests(Duration.ofSeconds(-1)));
    }
}
