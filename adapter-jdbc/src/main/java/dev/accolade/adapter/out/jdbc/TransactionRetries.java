package dev.accolade.adapter.out.jdbc;

import java.util.concurrent.atomic.LongAdder;

/**
 * How often this store's writing units of work lost to concurrent ones since it opened: the runs again
 * after a serialization failure or deadlock, and the units that gave up as {@code StoreBusy} once their
 * retry budget was spent. Counted in the JDK's terms, for whatever exports metrics to read.
 */
public final class TransactionRetries {

    private final LongAdder retries = new LongAdder();
    private final LongAdder givenUp = new LongAdder();

    TransactionRetries() {
    }

    /** How many times a writing unit has been run again. */
    public long retries() {
        return retries.sum();
    }

    /** How many writing units have given up as busy, writing nothing. */
    public long givenUp() {
        return givenUp.sum();
    }

    void ranAgain() {
        retries.increment();
    }

    void gaveUp() {
        givenUp.increment();
    }
}
