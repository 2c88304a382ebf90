package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.out.memory.InMemoryStore;
import dev.accolade.application.Accolade;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's gauges, read from a real store through the delivery use case: counts by kind and status,
 * the age of the oldest pending delivery of each kind, and one reading of the store per five seconds.
 */
class DeliveryGaugesTest {

    private static final Instant START = Instant.parse("2026-05-01T12:00:00Z");
    private static final WebUrl TARGET = new WebUrl("https://receiver.example/hook");

    private final InMemoryStore store = new InMemoryStore();
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final SettableClock clock = new SettableClock(START);
    private final AtomicLong ids = new AtomicLong();

    @BeforeEach
    void registerGauges() {
        DeliveryGauges.register(registry, Accolade.builder().store(store).build().deliveries(), clock);
    }

    private Delivery inserted(DeliverySource source, Instant createdAt) {
        Delivery delivery = Delivery.pending(ids.incrementAndGet(), source, TARGET, "{}", createdAt);
        store.transactions().inTransaction(() -> {
            store.deliveries().insert(delivery);
            return null;
        });
        return delivery;
    }

    private void updated(Delivery delivery) {
        store.transactions().inTransaction(() -> {
            store.deliveries().update(delivery);
            return null;
        });
    }

    private static DeliverySource webhook() {
        return new DeliverySource.Webhook(new WebhookEndpointId(7), WebhookEvent.AWARD_GRANTED);
    }

    private static DeliverySource callback() {
        return new DeliverySource.Callback(new OfferId(9));
    }

    private double deliveries(String kind, String status) {
        return registry.get("accolade.deliveries").tag("kind", kind).tag("status", status).gauge().value();
    }

    private double oldestPendingAge(String kind) {
        return registry.get("accolade.deliveries.oldest.pending.age").tag("kind", kind).gauge().value();
    }

    @Test
    void an_empty_outbox_reads_zero_everywhere() {
        for (String kind : new String[] {"webhook", "callback"}) {
            for (String status : new String[] {"pending", "delivered", "failed"}) {
                assertThat(deliveries(kind, status)).as(kind + " " + status).isZero();
            }
            assertThat(oldestPendingAge(kind)).as(kind).isZero();
        }
    }

    @Test
    void deliveries_are_counted_by_kind_and_status_with_the_age_of_the_oldest_pending_one() {
        inserted(webhook(), START.minusSeconds(90));
        inserted(webhook(), START.minusSeconds(30));
        updated(inserted(webhook(), START.minusSeconds(300)).delivered());
        updated(inserted(callback(), START.minusSeconds(600)).failed("url_address_refused"));
        inserted(callback(), START.minusMillis(2_500));

        assertThat(deliveries("webhook", "pending")).isEqualTo(2);
        assertThat(deliveries("webhook", "delivered")).isEqualTo(1);
        assertThat(deliveries("webhook", "failed")).isZero();
        assertThat(deliveries("callback", "failed")).isEqualTo(1);
        assertThat(deliveries("callback", "pending")).isEqualTo(1);
        assertThat(oldestPendingAge("webhook")).isEqualTo(90.0);
        assertThat(oldestPendingAge("callback")).isEqualTo(2.5);
    }

    @Test
    void the_store_is_read_at_most_once_per_five_seconds_while_the_age_follows_the_clock() {
        inserted(webhook(), START.minusSeconds(10));
        assertThat(deliveries("webhook", "pending")).isEqualTo(1);

        inserted(webhook(), START);
        clock.advance(DeliveryGauges.MAX_AGE.minusMillis(1));
        assertThat(deliveries("webhook", "pending")).as("read less than five seconds ago").isEqualTo(1);
        assertThat(oldestPendingAge("webhook")).isEqualTo(14.999);

        clock.advance(Duration.ofMillis(1));
        assertThat(deliveries("webhook", "pending")).as("read again").isEqualTo(2);
    }

    /** A clock that stands still until the test moves it. */
    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
