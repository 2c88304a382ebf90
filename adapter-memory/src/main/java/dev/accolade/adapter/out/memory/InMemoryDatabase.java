package dev.accolade.adapter.out.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The heart of the in-memory store: one read-write lock and a transaction per thread. A writing
 * transaction holds the write lock for its whole run (serializable), logs how to undo each change,
 * and rolls them all back when its work throws; actions queued for after the commit (event
 * delivery) run once the lock is released.
 */
final class InMemoryDatabase {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** Runs work that may write: joins the running transaction or starts one. */
    <T> T inTransaction(Supplier<T> work) {
        Transaction running = current.get();
        if (running != null) {
            running.requireWritable();
            return work.get();
        }
        Transaction transaction = new Transaction(false);
        T result;
        lock.writeLock().lock();
        current.set(transaction);
        try {
            result = work.get();
        } catch (Throwable failure) {
            transaction.rollback();
            throw failure;
        } finally {
            current.remove();
            lock.writeLock().unlock();
        }
        transaction.afterCommit.forEach(Runnable::run);
        return result;
    }

    /** Runs work that only reads: joins the running transaction or holds the read lock for it. */
    <T> T readOnly(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        lock.readLock().lock();
        current.set(new Transaction(true));
        try {
            return work.get();
        } finally {
            current.remove();
            lock.readLock().unlock();
        }
    }

    /** Runs one change in the running transaction, or in its own. */
    void write(Runnable change) {
        inTransaction(() -> {
            change.run();
            return null;
        });
    }

    /** Runs one query in the running transaction, or under the read lock. */
    <T> T read(Supplier<T> query) {
        return readOnly(query);
    }

    /** Records how to undo a change made by the running writing transaction. */
    void logUndo(Runnable undo) {
        Transaction running = current.get();
        if (running == null) {
            throw new IllegalStateException("a change outside a transaction");
        }
        running.requireWritable();
        running.undo.add(undo);
    }

    /** Queues an action for after the running transaction commits, or runs it now when there is none. */
    void afterCommit(Runnable action) {
        Transaction running = current.get();
        if (running == null || running.readOnly) {
            action.run();
        } else {
            running.afterCommit.add(action);
        }
    }

    /** One thread's unit of work. */
    private static final class Transaction {

        private final boolean readOnly;
        private final List<Runnable> undo = new ArrayList<>();
        private final List<Runnable> afterCommit = new ArrayList<>();

        Transaction(boolean readOnly) {
            this.readOnly = readOnly;
        }

        void requireWritable() {
            if (readOnly) {
                throw new IllegalStateException("a write inside a read-only transaction");
            }
        }

        void rollback() {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
        }
    }
}
