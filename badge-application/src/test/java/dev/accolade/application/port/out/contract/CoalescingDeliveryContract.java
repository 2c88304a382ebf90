package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every store promises about coalescing deliveries (the debounced {@code progress.updated} webhook): a
 * newer body replaces that of the delivery still waiting under the same endpoint and key, and only while it
 * waits (pending, never attempted, not claimed); other keys, endpoints and a unit of work that fails are left alone.
 */
@Timeout(60)
public abstract class CoalescingDeliveryContract extends StoreContract {

    private Delivery insertedUnder(WebhookEndpoint endpoint, String key, String body, long seconds) {
        Delivery delivery = Delivery.pending(TestData.nextId(),
                new DeliverySource.Webhook(endpoint.id(), WebhookEvent.PROGRESS_UPDATED), endpoint.url(), body,
                at(seconds));
        write(() -> store.deliveries().insertCoalescing(delivery, key));
        return delivery;
    }

    private boolean coalesce(WebhookEndpoint endpoint, String key, String body, long now) {
        return inTransaction(() -> store.deliveries().coalesce(endpoint.id(), key, body, at(now)));
    }

    private String bodyOf(Delivery delivery) {
        return read(() -> store.deliveries().findById(delivery.id())).orElseThrow().body();
    }

    @Test
    void a_waiting_delivery_takes_the_newer_body_under_its_endpoint_and_key_only() {
        WebhookEndpoint endpoint = savedEndpoint();
        WebhookEndpoint other = savedEndpoint();
        Delivery waiting = insertedUnder(endpoint, "12:member:1", "{\"current\":1}", 10);
        Delivery another = insertedUnder(endpoint, "12:member:2", "{\"current\":5}", 10);

        assertThat(coalesce(endpoint, "12:member:1", "{\"current\":2}", 20)).isTrue();
        assertThat(coalesce(other, "12:member:1", "{\"current\":3}", 20)).isFalse();
        assertThat(coalesce(endpoint, "13:member:1", "{\"current\":3}", 20)).isFalse();

        Delivery stored = read(() -> store.deliveries().findById(waiting.id())).orElseThrow();
        assertThat(stored.body()).isEqualTo("{\"current\":2}");
        assertThat(stored).isEqualTo(new Delivery(waiting.id(), waiting.source(), waiting.target(),
                "{\"current\":2}", 0, waiting.createdAt(), waiting.retryFrom(), waiting.nextAttemptAt(),
                waiting.status(), waiting.lastError()));
        assertThat(bodyOf(another)).isEqualTo("{\"current\":5}");
    }

    @Test
    void a_claimed_attempted_or_delivered_delivery_is_never_changed() {
        WebhookEndpoint endpoint = savedEndpoint();
        Delivery claimed = insertedUnder(endpoint, "claimed", "{\"v\":1}", 10);
        List<Delivery> leased = inTransaction(() -> store.deliveries().claimDue(at(20), at(320), 10));
        assertThat(leased).extracting(Delivery::id).contains(claimed.id());
        assertThat(coalesce(endpoint, "claimed", "{\"v\":2}", 30)).isFalse();

        Delivery retried = insertedUnder(endpoint, "retried", "{\"v\":1}", 10);
        write(() -> store.deliveries().update(retried.retryAt(at(15), "HTTP 500")));
        assertThat(coalesce(endpoint, "retried", "{\"v\":2}", 30)).isFalse();

        Delivery delivered = insertedUnder(endpoint, "delivered", "{\"v\":1}", 10);
        write(() -> store.deliveries().update(delivered.delivered()));
        assertThat(coalesce(endpoint, "delivered", "{\"v\":2}", 30)).isFalse();

        assertThat(bodyOf(claimed)).isEqualTo("{\"v\":1}");
        assertThat(bodyOf(retried)).isEqualTo("{\"v\":1}");
        assertThat(bodyOf(delivered)).isEqualTo("{\"v\":1}");
    }

    @Test
    void a_delivery_not_yet_due_is_not_changed_and_a_failed_unit_of_work_changes_nothing() {
        WebhookEndpoint endpoint = savedEndpoint();
        Delivery later = insertedUnder(endpoint, "later", "{\"v\":1}", 50);
        assertThat(coalesce(endpoint, "later", "{\"v\":2}", 40)).isFalse();
        assertThat(bodyOf(later)).isEqualTo("{\"v\":1}");

        assertThatThrownBy(() -> write(() -> {
            assertThat(store.deliveries().coalesce(endpoint.id(), "later", "{\"v\":3}", at(60))).isTrue();
            throw new IllegalStateException("the unit of work fails");
        })).hasMessage("the unit of work fails");

        assertThat(bodyOf(later)).isEqualTo("{\"v\":1}");
    }

    @Test
    void deleting_an_endpoints_deliveries_takes_their_keys_with_them() {
        WebhookEndpoint endpoint = savedEndpoint();
        Delivery waiting = insertedUnder(endpoint, "gone", "{\"v\":1}", 10);

        write(() -> store.deliveries().deleteByEndpoint(endpoint.id()));

        assertThat(coalesce(endpoint, "gone", "{\"v\":2}", 20)).isFalse();
        assertThat(read(() -> store.deliveries().findById(waiting.id()))).isEmpty();
    }
}
