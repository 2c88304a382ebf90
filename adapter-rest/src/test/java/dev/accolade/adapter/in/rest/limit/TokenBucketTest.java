package dev.accolade.adapter.in.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A bucket lets a burst through at once, then one request per share of a second, and says how long to wait. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_full_bucket_lets_its_burst_through_then_says_when_the_next_token_comes() {
        TokenBucket bucket = new TokenBucket(new Rate(2, 3), 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.take(SECOND / 4)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void tokens_come_back_at_the_rate_and_never_beyond_the_burst() {
        TokenBucket bucket = new TokenBucket(new Rate(10, 2), 0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(SECOND / 10)).isZero();
        assertThat(bucket.take(SECOND / 10)).isPositive();
        long muchLater = 100 * SECOND;
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isPositive();
    }

    @Test
    void a_token_given_back_can_be_taken_again_and_a_penalty_never_goes_below_empty() {
        TokenBucket bucket = new TokenBucket(new Rate(1, 1), 0);
        bucket.take(0);
        bucket.giveBack(0);
        assertThat(bucket.take(0)).isZero();

        bucket.charge(0);
        bucket.charge(0);
        assertThat(bucket.take(SECOND)).isZero();
    }

    @Test
    void a_bucket_that_is_off_never_refuses() {
        TokenBucket bucket = new TokenBucket(Rate.OFF, 0);

        for (int i = 0; i < 1_000; i++) {
            assertThat(bucket.take(0)).isZero();
        }
    }

    @Test
    void a_bucket_refills_from_empty_in_burst_over_rate() {
        assertThat(TokenBucket.refillTime(new Rate(10, 20))).isEqualTo(Duration.ofSeconds(2));
        assertThat(TokenBucket.refillTime(Rate.OFF)).isZero();
    }
}
