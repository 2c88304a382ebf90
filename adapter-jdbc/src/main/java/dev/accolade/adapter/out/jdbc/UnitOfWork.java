package dev.accolade.adapter.out.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** One running unit of work on one thread: its JDBI handle, whether it may write, and what waits for its commit. */
final class UnitOfWork {

    private final Handle handle;
    private final boolean readOnly;
    private final List<Runnable> afterCommit = new ArrayList<>();

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
