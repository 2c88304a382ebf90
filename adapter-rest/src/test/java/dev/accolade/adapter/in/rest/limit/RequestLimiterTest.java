package dev.accolade.adapter.in.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.domain.error.RateLimited;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accepted credentials pay from their own buckets; everything else, bad credentials included, pays from its
 * address's bucket.
 */
class RequestLimiterTest {

    private static final String ADDRESS = "203.0.113.5";
    private static final String KEY = RequestLimiter.fingerprint("token", "acc_good");

    private ManualTicker ticker;
    private RequestLimiter limiter;

    @BeforeEach
    void limiter() {
        ticker = new ManualTicker();
        limiter = new RequestLimiter(new RateLimits(new Rate(1, 5), new Rate(1, 3), List.of()), ticker);
    }

    private RequestLimiter.Charge admit(String address, String... presented) {
        RequestLimiter.Charge charge = new RequestLimiter.Charge(address);
        limiter.admit(charge, List.of(presented));
        return charge;
    }

    private RateLimited refusal(Runnable request) {
        RateLimited refused = catchThrowableOfType(RateLimited.class, request::run);
        assertThat(refused).as("refused with rate_limited").isNotNull();
        return refused;
    }

    @Test
    void an_address_gets_its_burst_then_waits_for_its_rate() {
        for (int i = 0; i < 3; i++) {
            admit(ADDRESS);
        }

        RateLimited refused = refusal(() -> admit(ADDRESS));
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThatCode(() -> admit("198.51.100.1")).doesNotThrowAnyException();
        ticker.advance(Duration.ofSeconds(1));
        assertThatCode(() -> admit(ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void made_up_credentials_pay_from_their_address() {
        for (int i = 0; i < 3; i++) {
            RequestLimiter.Charge charge = admit(ADDRESS, RequestLimiter.fingerprint("token", "acc_bad" + i));
            limiter.refused(charge);
        }

        refusal(() -> admit(ADDRESS, RequestLimiter.fingerprint("token", "acc_bad99")));
    }

    @Test
    void an_accepted_credential_pays_its_address_back_and_then_pays_from_its_own_bucket() {
        limiter.accepted(admit(ADDRESS, KEY), KEY);
        for (int i = 0; i < 4; i++) {
            admit(ADDRESS, KEY);
        }

        refusal(() -> admit(ADDRESS, KEY));
        for (int i = 0; i < 3; i++) {
            admit(ADDRESS);
        }
        refusal(() -> admit(ADDRESS));
    }

    @Test
    void an_accepted_credential_goes_through_while_its_address_is_exhausted_by_bad_ones() {
        limiter.accepted(admit(ADDRESS, KEY), KEY);
        for (int i = 0; i < 3; i++) {
            admit(ADDRESS, RequestLimiter.fingerprint("token", "acc_bad" + i));
        }

        refusal(() -> admit(ADDRESS, RequestLimiter.fingerprint("token", "acc_bad3")));
        assertThatCode(() -> admit(ADDRESS, KEY)).doesNotThrowAnyException();
    }

    @Test
    void a_credential_accepted_inside_a_route_is_refused_there_when_its_own_bucket_is_empty() {
        for (int i = 0; i < 5; i++) {
            limiter.accepted(admit(ADDRESS), KEY);
        }

        RequestLimiter.Charge sixth = admit(ADDRESS);
        refusal(() -> limiter.accepted(sixth, KEY));
    }

    @Test
    void a_credential_refused_after_it_was_accepted_is_forgotten_and_its_address_pays() {
        limiter.accepted(admit(ADDRESS, KEY), KEY);

        limiter.refused(admit(ADDRESS, KEY));
        admit(ADDRESS, KEY);
        admit(ADDRESS, KEY);

        refusal(() -> admit(ADDRESS, KEY));
    }

    @Test
    void limits_that_are_off_refuse_nothing() {
        RequestLimiter open = new RequestLimiter(RateLimits.OFF, ticker);

        for (int i = 0; i < 1_000; i++) {
            open.admit(new RequestLimiter.Charge(ADDRESS), List.of());
        }
    }

    @Test
    void different_readings_of_one_credential_hash_apart_and_no_credential_is_kept_in_the_clear() {
        assertThat(RequestLimiter.fingerprint("token", "acc_good")).hasSize(64).doesNotContain("acc_good")
                .isNotEqualTo(RequestLimiter.fingerprint("signed", "acc_good"));
    }
}
