package dev.accolade.adapter.out.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * One running unit of work on one thread: its JDBI handle, whether it may write, what waits for its commit, and
 * the rows it read once by key and may read again without a statement ({@link #remembered}).
 */
final class UnitOfWork {

    private final Handle handle;
    private final boolean readOnly;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<Object, Object> remembered = new HashMap<>();

    UnitOfWork(Handle handle, boolean readOnly) {
        this.handle = handle;
        this.readOnly = readOnly;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    /** The handle, for statements that only read. */
    Handle reading() {
        return handle;
    }

    /** The handle, for statements that write; refused in a read-only unit. */
    Handle writing() {
        if (readOnly) {
            throw new IllegalStateException("a read-only unit of work cannot write");
        }
        return handle;
    }

    /**
     * What a read by a key found earlier in this unit, or else what it finds now, remembered (found or not). A
     * repository keys its reads by a type of its own and forgets them ({@link #forget}) whenever it writes.
     */
    @SuppressWarnings("unchecked")
    <T> T remembered(Object key, Supplier<T> read) {
        if (remembered.containsKey(key)) {
            return (T) remembered.get(key);
        }
        T found = read.get();
        remembered.put(key, found);
        return found;
    }

    /** Forgets every read remembered under a key of these types. */
    void forget(Class<?>... keyTypes) {
        for (Class<?> keyType : keyTypes) {
            remembered.keySet().removeIf(keyType::isInstance);
        }
    }

    /** Runs an action once the unit has committed, in the order the actions were added. */
    void afterCommit(Runnable action) {
        writing();
        afterCommit.add(action);
    }

    /** Runs what waited for the commit; each action handles its own failures. */
    void committed() {
        afterCommit.forEach(Runnable::run);
    }
}
