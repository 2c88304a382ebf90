package dev.accolade.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant T0 = TestData.T0;
    private final Delivery pending = Delivery.pending(5, new DeliverySource.Webhook(new WebhookEndpointId(9),
            WebhookEvent.AWARD_GRANTED), new WebUrl("https://r.example/h"), "{}", T0);

    @Test
    void a_new_delivery_is_due_at_once_with_its_retry_window_starting_now() {
        assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(pending.attempts()).isZero();
        assertThat(pending.createdAt()).isEqualTo(T0);
        assertThat(pending.retryFrom()).isEqualTo(T0);
        assertThat(pending.nextAttemptAt()).isEqualTo(T0);
        assertThat(pending.lastError()).isEmpty();
    }

    @Test
    void each_outcome_counts_an_attempt_and_keeps_the_rest() {
        Delivery retried = pending.retryAt(T0.plusSeconds(30), "HTTP 500");
        Delivery failed = retried.failed("HTTP 503");
        Delivery delivered = retried.delivered();

        assertThat(retried).extracting(Delivery::attempts, Delivery::status, Delivery::nextAttemptAt)
                .containsExactly(1, DeliveryStatus.PENDING, T0.plusSeconds(30));
        assertThat(failed).extracting(Delivery::attempts, Delivery::status, Delivery::lastError)
                .containsExactly(2, DeliveryStatus.FAILED, Optional.of("HTTP 503"));
        assertThat(delivered).extracting(Delivery::attempts, Delivery::status, Delivery::lastError)
                .containsExactly(2, DeliveryStatus.DELIVERED, Optional.empty());
        assertThat(failed.source()).isEqualTo(pending.source());
        assertThat(failed.createdAt()).isEqualTo(T0);
    }

    @Test
    void a_redelivery_keeps_id_body_and_history_and_restarts_attempts_and_the_retry_window() {
        Delivery failed = pending.retryAt(T0.plusSeconds(30), "HTTP 500").failed("gave up");
        Instant later = T0.plus(Duration.ofDays(3));

        Delivery again = failed.redeliver(later);

        assertThat(again.id()).isEqualTo(5);
        assertThat(again.body()).isEqualTo("{}");
        assertThat(again.createdAt()).isEqualTo(T0);
        assertThat(again.retryFrom()).isEqualTo(later);
        assertThat(again.nextAttemptAt()).isEqualTo(later);
        assertThat(again.attempts()).isZero();
        assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(again.lastError()).contains("gave up");
    }

    @Test
    void a_long_error_is_cut_and_a_bad_id_refused() {
        assertThat(pending.failed("x".repeat(2_000)).lastError().orElseThrow()).hasSize(Delivery.MAX_ERROR_LENGTH);
        assertThatThrownBy(() -> Delivery.pending(0, new DeliverySource.Callback(new OfferId(1)),
                new WebUrl("https://r.example/h"), "{}", T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
