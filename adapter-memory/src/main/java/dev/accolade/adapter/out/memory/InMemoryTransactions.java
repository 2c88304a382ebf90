package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.TransactionPort;
import java.util.function.Supplier;

/** The transaction port on the in-memory database: serializable, all or nothing. */
final class InMemoryTransactions implements TransactionPort {

    private final InMemoryDatabase database;

    InMemoryTransactions(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return database.readOnly(work);
    }
}
