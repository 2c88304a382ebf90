package dev.accolade.adapter.out.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * One running unit of work on one thread: its JDBI handle, whether it may write, what waits for its commit, and
 * the rows it read by key and may read again without a statement ({@link #remembered}).
 */
final class UnitOfWork {

    private final Handle handle;
    private final boolean readOnly;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<ReadKey, Object> remembered = new HashMap<>();

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
     * The handle, for statements that write rows of these kinds: whatever this unit remembers reading of them
     * ({@link #remembered}) is forgotten first.
     */
    Handle writingTo(String... kinds) {
        Handle writing = writing();
        List<String> forgotten = List.of(kinds);
        remembered.keySet().removeIf(key -> forgotten.contains(key.kind()));
        return writing;
    }

    /**
     * What a read of a kind of row by a key found earlier in this unit, or else what it finds now, remembered
     * (found or not) until the unit ends or writes rows of that kind ({@link #writingTo}).
     */
    @SuppressWarnings("unchecked")
    <T> T remembered(String kind, Object key, Function<Handle, T> read) {
        ReadKey readKey = new ReadKey(kind, key);
        if (remembered.containsKey(readKey)) {
            return (T) remembered.get(readKey);
        }
        T found = read.apply(handle);
        remembered.put(readKey, found);
        return found;
    }

    /** A read remembered: the kind of row and the key it was read by. */
    private record ReadKey(String kind, Object key) {
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
