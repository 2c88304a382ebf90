package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.StoreBusy;
import dev.accolade.application.port.out.TransactionPort;
import java.time.Duration;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Units of work on JDBI handles, one per thread. Writers are serializable: H2's run one at a time per
 * database in this process, PostgreSQL's run at SERIALIZABLE and are run again, a bounded number of
 * times within a time budget, after a serialization failure or deadlock, and then give up as
 * {@link StoreBusy}. Readers see one snapshot (REPEATABLE READ,
 * read-only). What waits for a commit runs after the connection (and H2's writer turn) is given back.
 */
final class JdbiTransactions implements TransactionPort {

    /** How often a writing unit runs at most when the database asks for it to be run again. */
    static final int ATTEMPTS = 40;
    /** How long a writing unit is retried at most, its runs and pauses together, before the store is busy. */
    static final Duration BUDGET = Duration.ofSeconds(5);

    /** One writer turn per H2 data source, shared by every store on it in this process. */
    private static final Map<DataSource, ReentrantLock> WRITER_TURNS = new WeakHashMap<>();

    private final Jdbi jdbi;
    private final JdbcDialect dialect;
    private final ReentrantLock writers;
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    private final TransactionRetries retries = new TransactionRetries();

    JdbiTransactions(Jdbi jdbi, DataSource dataSource, JdbcDialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        synchronized (WRITER_TURNS) {
            this.writers = WRITER_TURNS.computeIfAbsent(dataSource, key -> new ReentrantLock(true));
        }
    }

    /** The unit of work running on this thread; the store is only used inside one. */
    UnitOfWork current() {
        UnitOfWork unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("the store is used outside a unit of work");
        }
        return unit;
    }

    /** How often writing units were run again, and gave up, since this store opened. */
    TransactionRetries retries() {
        return retries;
    }

    /** Whether a unit of work that may write is running on this thread. */
    boolean isWriting() {
        UnitOfWork unit = current.get();
        return unit != null && !unit.isReadOnly();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        UnitOfWork running = current.get();
        if (running != null) {
            running.writing();
            return work.get();
        }
        long started = System.nanoTime();
        for (int attempt = 1;; attempt++) {
            Committed<T> committed;
            try {
                committed = run(work, false);
            } catch (RuntimeException failure) {
                if (!SqlErrors.isRetryable(failure, dialect)) {
                    throw failure;
                }
                if (attempt >= ATTEMPTS || System.nanoTime() - started > BUDGET.toNanos()) {
                    retries.gaveUp();
                    throw new StoreBusy(failure);
                }
                pauseBefore(attempt + 1, failure);
                retries.ranAgain();
                continue;
            }
            committed.unit().committed();
            return committed.result();
        }
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return run(work, true).result();
    }

    /** A unit's result once it has committed, with the unit, whose after-commit actions are still to run. */
    private record Committed<T>(T result, UnitOfWork unit) {
    }

    private <T> Committed<T> run(Supplier<T> work, boolean readOnly) {
        boolean locked = !readOnly && dialect.serializesWritersInProcess();
        if (locked) {
            writers.lock();
        }
        try (Handle handle = jdbi.open()) {
            handle.setTransactionIsolationLevel(readOnly ? TransactionIsolationLevel.REPEATABLE_READ
                    : dialect.writerIsolation());
            handle.setReadOnly(readOnly);
            handle.begin();
            UnitOfWork unit = new UnitOfWork(handle, readOnly);
            current.set(unit);
            try {
                T result = work.get();
                handle.commit();
                return new Committed<>(result, unit);
            } catch (Throwable failure) {
                rollBack(handle, failure);
                throw failure;
            } finally {
                current.remove();
            }
        } finally {
            if (locked) {
                writers.unlock();
            }
        }
    }

    private static void rollBack(Handle handle, Throwable cause) {
        try {
            handle.rollback();
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Waits a random, exponentially growing time before running a unit again, so that racers spread out. */
    private static void pauseBefore(int attempt, RuntimeException failure) {
        long ceilingMillis = Math.min(200, 2L << Math.min(attempt, 7));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceilingMillis + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(interrupted);
            throw failure;
        }
    }
}
