package dev.accolade.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.common.Ids;
import java.util.ArrayList;
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

/** What every store promises about ids: positive, below 2^53, and never handed out twice, even under load. */
@Timeout(60)
public abstract class IdGeneratorContract extends StoreContract {

    private static final int THREADS = 8;
    private static final int IDS_PER_THREAD = 1_000;

    /** Draws ids one by one, each in its own unit of work, as services draw them. */
    private List<Long> draw(int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(inTransaction(() -> store.ids().nextId()));
        }
        return ids;
    }

    @Test
    void ids_are_positive_and_below_two_to_the_fifty_third() {
        assertThat(draw(1_000)).allSatisfy(id -> assertThat(id).isPositive().isLessThan(Ids.LIMIT));
    }

    @Test
    void successive_ids_are_all_different() {
        List<Long> ids = draw(1_000);

        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void ids_drawn_on_many_threads_at_once_are_all_different() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Long>>> drawn = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                drawn.add(pool.submit(() -> {
                    go.await();
                    return draw(IDS_PER_THREAD);
                }));
            }
            go.countDown();
            Set<Long> unique = new HashSet<>();
            for (Future<List<Long>> ids : drawn) {
                List<Long> batch = ids.get(30, TimeUnit.SECONDS);
                assertThat(batch).hasSize(IDS_PER_THREAD)
                        .allSatisfy(id -> assertThat(id).isPositive().isLessThan(Ids.LIMIT));
                unique.addAll(batch);
            }

            assertThat(unique).hasSize(THREADS * IDS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_id_drawn_in_a_rolled_back_transaction_is_never_handed_out_again() {
        List<Long> rolledBack = new ArrayList<>();
        assertThatThrownBy(() -> write(() -> {
            for (int i = 0; i < 10; i++) {
                rolledBack.add(store.ids().nextId());
            }
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        List<Long> later = draw(100);

        assertThat(rolledBack).hasSize(10);
        assertThat(later).doesNotContainAnyElementsOf(rolledBack).doesNotHaveDuplicates();
    }
}
