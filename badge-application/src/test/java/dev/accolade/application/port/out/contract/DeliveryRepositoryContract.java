package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.delivery.DeliveryTally;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every store promises about the outbox: deliveries of offer callbacks and of webhooks come back as
 * written, with their retry windows; an endpoint's deliveries page newest first and go with it; only
 * pending ones that are due are claimed, earliest first, whatever their source; a claim leases them, and
 * two dispatchers claiming at once never get the same delivery.
 */
@Timeout(60)
public abstract class DeliveryRepositoryContract extends StoreContract {

    private static final WebUrl TARGET = new WebUrl("https://receiver.example/callbacks?x=1");

    private Delivery pendingAt(long seconds) {
        return callbackPendingAt(new OfferId(TestData.nextId()), seconds);
    }

    private static Delivery callbackPendingAt(OfferId offer, long seconds) {
        return Delivery.pending(TestData.nextId(), new DeliverySource.Callback(offer), TARGET,
                "{\"offer_id\":1,\"decision\":\"accepted\"}", at(seconds));
    }

    private static Delivery webhookPendingAt(WebhookEndpoint endpoint, WebhookEvent event, long seconds) {
        return Delivery.pending(TestData.nextId(), new DeliverySource.Webhook(endpoint.id(), event), endpoint.url(),
                "{\"type\":\"" + event.wireName() + "\"}", at(seconds));
    }

    private Delivery inserted(Delivery delivery) {
        write(() -> store.deliveries().insert(delivery));
        return delivery;
    }

    private List<Delivery> claim(long now, long leaseUntil, int limit) {
        return inTransaction(() -> store.deliveries().claimDue(at(now), at(leaseUntil), limit));
    }

    private static List<Long> ids(List<Delivery> deliveries) {
        return deliveries.stream().map(Delivery::id).toList();
    }

    private Page<Delivery> toEndpoint(WebhookEndpoint endpoint, PageRequest page) {
        return read(() -> store.deliveries().findByEndpoint(endpoint.id(), page));
    }

    @Test
    void an_inserted_delivery_is_found_by_id_and_by_offer_as_written() {
        OfferId offer = new OfferId(TestData.nextId());
        Delivery delivery = inserted(callbackPendingAt(offer, 10));

        assertThat(read(() -> store.deliveries().findById(delivery.id()))).contains(delivery);
        assertThat(read(() -> store.deliveries().findByOffer(offer))).containsExactly(delivery);
        assertThat(read(() -> store.deliveries().findById(TestData.nextId()))).isEmpty();
        assertThat(read(() -> store.deliveries().findByOffer(new OfferId(TestData.nextId())))).isEmpty();
    }

    @Test
    void a_webhook_delivery_is_found_by_id_with_its_endpoint_and_event_and_never_by_offer() {
        WebhookEndpoint endpoint = savedEndpoint();
        for (WebhookEvent event : WebhookEvent.values()) {
            Delivery delivery = inserted(webhookPendingAt(endpoint, event, 10));

            assertThat(read(() -> store.deliveries().findById(delivery.id()))).as("%s", event).contains(delivery);
        }
        assertThat(read(() -> store.deliveries().findByOffer(new OfferId(endpoint.id().value())))).isEmpty();
    }

    @Test
    void a_retry_window_comes_back_as_written_and_a_redelivery_stores_its_new_one() {
        Delivery written = Delivery.pending(TestData.nextId(), new DeliverySource.Callback(new OfferId(
                TestData.nextId())), TARGET, "{}", plusMicros(at(10), 271_828));
        inserted(written);
        Delivery failed = written.retryAt(at(40), "HTTP 500").failed("gave up after 24 hours: HTTP 500");
        write(() -> store.deliveries().update(failed));
        Delivery redelivered = failed.redeliver(plusMicros(at(90_000), 314_159));

        write(() -> store.deliveries().update(redelivered));

        Delivery stored = read(() -> store.deliveries().findById(written.id())).orElseThrow();
        assertThat(stored).isEqualTo(redelivered);
        assertThat(stored.createdAt()).isEqualTo(plusMicros(at(10), 271_828));
        assertThat(stored.retryFrom()).isEqualTo(plusMicros(at(90_000), 314_159));
        assertThat(stored.attempts()).isZero();
        assertThat(stored.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(stored.lastError()).contains("gave up after 24 hours: HTTP 500");
        assertThat(claim(90_001, 90_200, 10)).containsExactly(redelivered.leasedUntil(at(90_200)));
    }

    @Test
    void an_endpoints_deliveries_are_paged_newest_first_with_the_cursor_and_no_one_elses() {
        WebhookEndpoint endpoint = savedEndpoint();
        WebhookEndpoint other = savedEndpoint();
        List<Delivery> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            oldestFirst.add(inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_GRANTED, 100 - i)));
            inserted(webhookPendingAt(other, WebhookEvent.AWARD_GRANTED, 100 - i));
            inserted(pendingAt(100 - i));
        }
        List<Delivery> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);

        Page<Delivery> first = toEndpoint(endpoint, PageRequest.first(3));
        Page<Delivery> second = toEndpoint(endpoint, PageRequest.after(first.next().orElseThrow(), 3));
        Page<Delivery> third = toEndpoint(endpoint, PageRequest.after(second.next().orElseThrow(), 3));

        assertThat(first.items()).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(first.next()).contains(new Cursor("", newestFirst.get(2).id()));
        assertThat(second.items()).containsExactlyElementsOf(newestFirst.subList(3, 6));
        assertThat(third.items()).containsExactly(newestFirst.get(6));
        assertThat(third.next()).isEmpty();
        assertPages(page -> toEndpoint(endpoint, page), newestFirst);
        assertThat(toEndpoint(savedEndpoint(), PageRequest.first())).isEqualTo(Page.empty());
    }

    @Test
    void deleting_an_endpoints_deliveries_leaves_every_other_delivery_and_then_the_endpoint_can_go() {
        WebhookEndpoint endpoint = savedEndpoint();
        WebhookEndpoint other = savedEndpoint();
        Delivery pending = inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_GRANTED, 10));
        Delivery delivered = inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_REVOKED, 20));
        write(() -> store.deliveries().update(delivered.delivered()));
        Delivery others = inserted(webhookPendingAt(other, WebhookEvent.AWARD_GRANTED, 10));
        Delivery callback = inserted(pendingAt(10));

        write(() -> {
            store.deliveries().deleteByEndpoint(endpoint.id());
            store.webhooks().delete(endpoint.id());
        });

        assertThat(read(() -> store.deliveries().findById(pending.id()))).isEmpty();
        assertThat(read(() -> store.deliveries().findById(delivered.id()))).isEmpty();
        assertThat(toEndpoint(endpoint, PageRequest.first()).items()).isEmpty();
        assertThat(toEndpoint(other, PageRequest.first()).items()).containsExactly(others);
        assertThat(read(() -> store.deliveries().findById(callback.id()))).contains(callback);
        assertThat(ids(claim(1_000, 2_000, 10))).containsExactly(others.id(), callback.id());
    }

    @Test
    void deleting_an_endpoints_deliveries_in_a_unit_of_work_that_fails_is_undone() {
        WebhookEndpoint endpoint = savedEndpoint();
        Delivery delivery = inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_GRANTED, 10));

        assertThatThrownBy(() -> write(() -> {
            store.deliveries().deleteByEndpoint(endpoint.id());
            throw new IllegalStateException("the unit of work fails");
        })).hasMessage("the unit of work fails");

        assertThat(read(() -> store.deliveries().findById(delivery.id()))).contains(delivery);
    }

    @Test
    void webhook_deliveries_are_claimed_with_callbacks_earliest_first_and_keep_their_source() {
        WebhookEndpoint endpoint = savedEndpoint();
        Delivery webhookLate = inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_REVOKED, 30));
        Delivery callback = inserted(pendingAt(20));
        Delivery webhookEarly = inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_GRANTED, 10));
        inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_GRANTED, 100));

        assertThat(claim(30, 200, 10)).containsExactly(webhookEarly.leasedUntil(at(200)),
                callback.leasedUntil(at(200)), webhookLate.leasedUntil(at(200)));
        assertThat(read(() -> store.deliveries().findById(webhookEarly.id())))
                .contains(webhookEarly.leasedUntil(at(200)));
    }

    @Test
    void only_pending_deliveries_already_due_are_claimed_earliest_first_and_at_most_the_limit() {
        Delivery late = inserted(pendingAt(30));
        Delivery early = inserted(pendingAt(10));
        Delivery middle = inserted(pendingAt(20));
        inserted(pendingAt(100));
        Delivery done = inserted(pendingAt(5));
        write(() -> store.deliveries().update(done.delivered()));

        assertThat(ids(claim(30, 200, 2))).containsExactly(early.id(), middle.id());
        assertThat(ids(claim(30, 200, 10))).containsExactly(late.id());
        assertThat(claim(99, 200, 10)).isEmpty();
    }

    @Test
    void a_claimed_delivery_is_leased_and_due_again_only_when_the_lease_ends() {
        Delivery delivery = inserted(pendingAt(10));

        assertThat(claim(10, 130, 10)).containsExactly(delivery.leasedUntil(at(130)));
        assertThat(claim(129, 250, 10)).isEmpty();
        assertThat(ids(claim(130, 250, 10))).containsExactly(delivery.id());
    }

    @Test
    void delivered_rescheduled_and_failed_deliveries_are_stored_with_their_attempts_and_errors() {
        Delivery delivered = inserted(pendingAt(10));
        Delivery rescheduled = inserted(pendingAt(10));
        Delivery failed = inserted(pendingAt(10));

        write(() -> {
            store.deliveries().update(delivered.delivered());
            store.deliveries().update(rescheduled.retryAt(at(70), "HTTP 500"));
            store.deliveries().update(failed.retryAt(at(40), "HTTP 503").failed("url_address_refused"));
        });

        Delivery storedDelivered = read(() -> store.deliveries().findById(delivered.id())).orElseThrow();
        assertThat(storedDelivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(storedDelivered.attempts()).isEqualTo(1);
        Delivery storedRescheduled = read(() -> store.deliveries().findById(rescheduled.id())).orElseThrow();
        assertThat(storedRescheduled).isEqualTo(rescheduled.retryAt(at(70), "HTTP 500"));
        Delivery storedFailed = read(() -> store.deliveries().findById(failed.id())).orElseThrow();
        assertThat(storedFailed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(storedFailed.attempts()).isEqualTo(2);
        assertThat(storedFailed.lastError()).contains("url_address_refused");
        assertThat(ids(claim(1_000, 2_000, 10))).containsExactly(rescheduled.id());
    }

    @Test
    void the_tally_counts_deliveries_by_kind_and_status_and_tells_since_when_the_oldest_pending_ones_wait() {
        assertThat(read(() -> store.deliveries().tally())).isEmpty();
        WebhookEndpoint endpoint = savedEndpoint();
        inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_GRANTED, 30));
        Delivery oldestWebhook = inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_REVOKED, 20));
        write(() -> store.deliveries().update(oldestWebhook.retryAt(at(500), "HTTP 500")));
        Delivery webhookDelivered = inserted(webhookPendingAt(endpoint, WebhookEvent.AWARD_GRANTED, 5));
        write(() -> store.deliveries().update(webhookDelivered.delivered()));
        inserted(pendingAt(40));
        Delivery redelivered = inserted(pendingAt(1));
        write(() -> store.deliveries().update(redelivered.failed("HTTP 410").redeliver(at(35))));
        for (int i = 0; i < 3; i++) {
            Delivery failed = inserted(pendingAt(2));
            write(() -> store.deliveries().update(failed.failed("url_address_refused")));
        }

        assertThat(read(() -> store.deliveries().tally())).containsExactlyInAnyOrder(
                new DeliveryTally(DeliverySource.Kind.WEBHOOK, DeliveryStatus.PENDING, 2, Optional.of(at(20))),
                new DeliveryTally(DeliverySource.Kind.WEBHOOK, DeliveryStatus.DELIVERED, 1, Optional.empty()),
                new DeliveryTally(DeliverySource.Kind.CALLBACK, DeliveryStatus.PENDING, 2, Optional.of(at(35))),
                new DeliveryTally(DeliverySource.Kind.CALLBACK, DeliveryStatus.FAILED, 3, Optional.empty()));
    }

    @Test
    void two_dispatchers_claiming_at_the_same_time_never_claim_one_delivery_twice() throws Exception {
        int count = 40;
        for (int i = 0; i < count; i++) {
            inserted(pendingAt(i));
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> claimers = new ArrayList<>();
            for (int claimer = 0; claimer < 2; claimer++) {
                claimers.add(pool.submit(() -> {
                    go.await();
                    List<Delivery> batch;
                    do {
                        batch = claim(1_000, 5_000, 3);
                        claimed.addAll(ids(batch));
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> claimer : claimers) {
                claimer.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Set<Long> distinct = new HashSet<>(claimed);
        assertThat(claimed).as("every delivery claimed exactly once").hasSize(count);
        assertThat(distinct).hasSize(count);
    }
}
