package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.application.port.out.award.IdempotencyRecord.OutcomeKind;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * On PostgreSQL, units of work that record outcomes under distinct idempotency keys never conflict: each
 * claims its key with a write, where looking keys up would make serializable writers read each other's
 * index pages and one of them run again. Units racing for one key still leave exactly one record.
 */
@Timeout(60)
class PostgresIdempotencyClaimTest {

    private StorePorts store;
    private IssuerId issuer;

    @BeforeEach
    void openStore() {
        store = JdbcTarget.POSTGRESQL.newStore();
        Issuer saved = TestData.issuer();
        store.transactions().inTransaction(() -> {
            store.issuers().insert(saved);
            return null;
        });
        issuer = saved.id();
    }

    private IdempotencyRecord record(String key, long outcomeId) {
        return new IdempotencyRecord(issuer, key, "print-" + key, OutcomeKind.AWARDED, outcomeId, TestData.T0);
    }

    /**
     * Runs one unit per key at once: each looks its key up with {@code lookUp}, waits (on its first run) until
     * the other has too, then records an outcome unless one was found; returns how often the units ran.
     */
    private int race(List<String> keys, BiFunction<IssuerId, String, Optional<IdempotencyRecord>> lookUp,
            List<Optional<IdempotencyRecord>> found) throws Exception {
        CyclicBarrier bothLookedUp = new CyclicBarrier(keys.size());
        AtomicInteger runs = new AtomicInteger();
        List<CompletableFuture<Void>> units = keys.stream().map(key -> CompletableFuture.runAsync(() ->
                store.transactions().inTransaction(() -> {
                    boolean firstRun = runs.incrementAndGet() <= keys.size();
                    Optional<IdempotencyRecord> earlier = lookUp.apply(issuer, key);
                    if (firstRun) {
                        await(bothLookedUp);
                    }
                    if (earlier.isEmpty()) {
                        store.idempotency().insert(record(key, runs.get()));
                    }
                    found.add(earlier);
                    return null;
                }))).toList();
        for (CompletableFuture<Void> unit : units) {
            unit.get(30, TimeUnit.SECONDS);
        }
        return runs.get();
    }

    @Test
    void units_claiming_distinct_keys_at_once_each_commit_on_their_first_run() throws Exception {
        List<Optional<IdempotencyRecord>> found = new CopyOnWriteArrayList<>();

        int runs = race(List.of("key-a", "key-b"), store.idempotency()::claim, found);

        assertThat(runs).isEqualTo(2);
        assertThat(stored("key-a")).isPresent();
        assertThat(stored("key-b")).isPresent();
    }

    @Test
    void units_looking_distinct_keys_up_instead_conflict_and_one_runs_again() throws Exception {
        List<Optional<IdempotencyRecord>> found = new CopyOnWriteArrayList<>();

        int runs = race(List.of("key-a", "key-b"), store.idempotency()::find, found);

        assertThat(runs).isGreaterThan(2);
        assertThat(stored("key-a")).isPresent();
        assertThat(stored("key-b")).isPresent();
    }

    @Test
    void units_claiming_one_key_at_once_leave_one_record_and_the_later_one_gets_it() throws Exception {
        List<Optional<IdempotencyRecord>> found = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> first = CompletableFuture.supplyAsync(() -> store.transactions().inTransaction(() -> {
            assertThat(store.idempotency().claim(issuer, "same")).isEmpty();
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> store.transactions().inTransaction(() -> {
                found.add(store.idempotency().claim(issuer, "same"));
                return null;
            }));
            sleep(300);
            assertThat(second).isNotDone();
            store.idempotency().insert(record("same", 7));
            return second;
        })).thenCompose(second -> second);

        first.get(30, TimeUnit.SECONDS);

        assertThat(found).last().satisfies(seen -> assertThat(seen).contains(record("same", 7)));
        assertThat(stored("same")).contains(record("same", 7));
    }

    private Optional<IdempotencyRecord> stored(String key) {
        return store.transactions().readOnly(() -> store.idempotency().find(issuer, key));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other unit did not arrive", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
