package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.TransactionPort;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Units of work on JDBI handles, one per thread. Writers are serializable: H2's run one at a time in
 * this process, PostgreSQL's run at SERIALIZABLE and are run again, a bounded number of times, after a
 * serialization failure or deadlock. Readers see one snapshot (REPEATABLE READ, read-only).
 */
final class JdbiTransactions implements TransactionPort {

    /** How often a writing unit runs at most when the database asks for it to be run again. */
    static final int ATTEMPTS = 12;

    private final Jdbi jdbi;
    private final JdbcDialect dialect;
    private final ReentrantLock writers = new ReentrantLock(true);
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();

    JdbiTransactions(Jdbi jdbi, JdbcDialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    /** The unit of work running on this thread; the store is only used inside one. */
    UnitOfWork current() {
        UnitOfWork unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("the store is used outside a unit of work");
        }
        return unit;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        UnitOfWork running = current.get();
        if (running != null) {
            running.writing();
            return work.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return run(work, false);
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !SqlErrors.isRetryable(failure, dialect)) {
                    throw failure;
                }
                pauseBefore(attempt + 1);
            }
        }
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return run(work, true);
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
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
            T result;
            current.set(unit);
            try {
                result = work.get();
                handle.commit();
            } catch (Throwable failure) {
                rollBack(handle, failure);
                throw failure;
            } finally {
                current.remove();
            }
            unit.committed();
            return result;
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
    private static void pauseBefore(int attempt) {
        long ceilingMillis = Math.min(200, 2L << Math.min(attempt, 7));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceilingMillis + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", interrupted);
        }
    }
}
