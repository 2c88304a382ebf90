package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.testdata.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every store promises about the outbox: deliveries come back as written, only pending ones that are
 * due are claimed, earliest first, a claim leases them, and two dispatchers claiming at once never get
 * the same delivery.
 */
@Timeout(60)
public abstract class DeliveryRepositoryContract extends StoreContract {

    private static final WebUrl TARGET = new WebUrl("https://receiver.example/callbacks?x=1");

    private Delivery pendingAt(long seconds) {
        return Delivery.pending(TestData.nextId(), new OfferId(TestData.nextId()), TARGET,
                "{\"offer_id\":1,\"decision\":\"accepted\"}", at(seconds));
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

    @Test
    void an_inserted_delivery_is_found_by_id_and_by_offer_as_written() {
        Delivery delivery = inserted(pendingAt(10));

        assertThat(read(() -> store.deliveries().findById(delivery.id()))).contains(delivery);
        assertThat(read(() -> store.deliveries().findByOffer(delivery.offer()))).containsExactly(delivery);
        assertThat(read(() -> store.deliveries().findById(TestData.nextId()))).isEmpty();
        assertThat(read(() -> store.deliveries().findByOffer(new OfferId(TestData.nextId())))).isEmpty();
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
