package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * On PostgreSQL a claim skips the rows another unit of work holds locked: while one dispatcher is still
 * inside its claiming transaction, a second claims the remaining due deliveries at once, without waiting
 * and without any of the first one's.
 */
@Timeout(60)
class PostgresSkipLockedTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private StorePorts store;

    @BeforeEach
    void openStore() {
        store = JdbcTarget.POSTGRESQL.newStore();
    }

    @Test
    void a_second_claimer_skips_the_rows_a_first_claimer_still_holds() throws Exception {
        for (int i = 0; i < 6; i++) {
            Delivery delivery = Delivery.pending(TestData.nextId(),
                    new DeliverySource.Callback(new OfferId(TestData.nextId())),
                    new WebUrl("https://receiver.example/cb"), "{}", NOW.plusSeconds(i));
            store.transactions().inTransaction(() -> {
                store.deliveries().insert(delivery);
                return null;
            });
        }
        CountDownLatch claimedFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Delivery>> first = CompletableFuture.supplyAsync(() -> store.transactions()
                .inTransaction(() -> {
                    List<Delivery> claimed = store.deliveries().claimDue(NOW.plusSeconds(10), NOW.plusSeconds(200),
                            3);
                    claimedFirst.countDown();
                    await(release);
                    return claimed;
                }));
        assertThat(claimedFirst.await(30, TimeUnit.SECONDS)).isTrue();

        List<Delivery> second = CompletableFuture.supplyAsync(() -> store.transactions().inTransaction(
                () -> store.deliveries().claimDue(NOW.plusSeconds(10), NOW.plusSeconds(200), 10)))
                .get(20, TimeUnit.SECONDS);
        release.countDown();
        List<Delivery> firstClaimed = first.get(30, TimeUnit.SECONDS);

        assertThat(second).hasSize(3);
        assertThat(firstClaimed).hasSize(3);
        assertThat(second).extracting(Delivery::id).doesNotContainAnyElementsOf(
                firstClaimed.stream().map(Delivery::id).toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
