package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.StoreBusy;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.testdata.TestData;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On PostgreSQL a writing unit that fails with a serialization failure (40001) or a deadlock (40P01)
 * runs again, a bounded number of times; other failures are not retried. The failures are raised by
 * the real database, both on demand and from a real conflict between two serializable writers. The
 * store counts the runs again and the units given up, for the server's metrics.
 */
@Timeout(60)
class PostgresRetryTest {

    private StorePorts store;
    private JdbiTransactions transactions;

    @BeforeEach
    void openStore() {
        store = JdbcTarget.POSTGRESQL.newStore();
        transactions = (JdbiTransactions) store.transactions();
    }

    /** Makes PostgreSQL itself fail the current statement with this SQLSTATE. */
    private void databaseFails(String sqlState) {
        transactions.current().writing()
                .execute("DO $$ BEGIN RAISE EXCEPTION 'provoked' USING ERRCODE = '" + sqlState + "'; END $$");
    }

    private TransactionRetries retries() {
        return ((JdbcStore) store).retries();
    }

    private boolean stored(Issuer issuer) {
        return store.transactions().readOnly(() -> store.issuers().findById(issuer.id())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01"})
    void a_unit_failing_with_a_serialization_failure_or_deadlock_runs_again_and_commits(String sqlState) {
        Issuer issuer = TestData.issuer();
        AtomicInteger runs = new AtomicInteger();

        String result = store.transactions().inTransaction(() -> {
            store.issuers().insert(issuer);
            if (runs.incrementAndGet() < 3) {
                databaseFails(sqlState);
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(3);
        assertThat(stored(issuer)).isTrue();
        assertThat(retries().retries()).as("runs again, counted for the metrics").isEqualTo(2);
        assertThat(retries().givenUp()).isZero();
    }

    @Test
    void a_unit_that_keeps_failing_is_given_up_as_store_busy_within_its_budget_and_leaves_nothing() {
        Issuer issuer = TestData.issuer();
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            runs.incrementAndGet();
            store.issuers().insert(issuer);
            databaseFails("40001");
            return null;
        })).isInstanceOf(StoreBusy.class).hasRootCauseInstanceOf(SQLException.class).rootCause()
                .hasMessageContaining("provoked");

        assertThat(runs.get()).isBetween(2, JdbiTransactions.ATTEMPTS);
        assertThat(stored(issuer)).isFalse();
        assertThat(retries().retries()).isEqualTo(runs.get() - 1);
        assertThat(retries().givenUp()).as("units given up, counted for the metrics").isEqualTo(1);
    }

    @Test
    void other_database_failures_are_not_retried() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            runs.incrementAndGet();
            databaseFails("P0001");
            return null;
        })).hasRootCauseInstanceOf(SQLException.class);

        assertThat(runs).hasValue(1);
        assertThat(retries().retries()).isZero();
        assertThat(retries().givenUp()).isZero();
    }

    @Test
    void two_writers_in_a_real_serialization_conflict_both_commit_one_of_them_on_a_second_run() throws Exception {
        List<Issuer> issuers = List.of(TestData.issuer(), TestData.issuer());
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();

        List<CompletableFuture<Void>> writers = issuers.stream().map(issuer -> CompletableFuture.runAsync(() ->
                store.transactions().inTransaction(() -> {
                    boolean firstRun = runs.incrementAndGet() <= 2;
                    long before = transactions.current().reading().createQuery("SELECT COUNT(*) FROM issuer")
                            .mapTo(Long.class).one();
                    if (firstRun) {
                        await(bothHaveRead);
                    }
                    store.issuers().insert(issuer);
                    return before;
                }))).toList();
        for (CompletableFuture<Void> writer : writers) {
            writer.get(30, TimeUnit.SECONDS);
        }

        // One of the first two runs loses and runs again; that rerun may itself still overlap the other writer's
        // open transaction and lose once more (PostgreSQL then aborts whichever commits second), so 3 runs or more.
        assertThat(runs.get()).isBetween(3, 2 * JdbiTransactions.ATTEMPTS);
        assertThat(retries().retries()).isEqualTo(runs.get() - 2);
        assertThat(issuers).allMatch(this::stored);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other writer did not arrive", e);
        }
    }
}
