package dev.accolade.adapter.in.rest;

import dev.accolade.application.port.out.StoreBusy;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TransactionPort;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A store whose writing units, once {@link #saturate() saturated}, give up as a database does after its
 * retries against concurrent writers: with {@link StoreBusy}, having written nothing.
 */
public final class BusyStore implements StorePorts {

    private final StorePorts store;
    private final AtomicBoolean busy = new AtomicBoolean();

    /** Wraps this store. */
    public BusyStore(StorePorts store) {
        this.store = store;
    }

    /** From now on every unit that may write fails as busy. */
    public void saturate() {
        busy.set(true);
    }

    @Override
    public <T> T port(Class<T> type) {
        T part = store.port(type);
        if (type != TransactionPort.class) {
            return part;
        }
        TransactionPort transactions = (TransactionPort) part;
        return type.cast(new TransactionPort() {
            @Override
            public <R> R inTransaction(Supplier<R> work) {
                if (busy.get()) {
                    throw new StoreBusy(new IllegalStateException("serialization failure"));
                }
                return transactions.inTransaction(work);
            }

            @Override
            public <R> R readOnly(Supplier<R> work) {
                return transactions.readOnly(work);
            }
        });
    }
}
