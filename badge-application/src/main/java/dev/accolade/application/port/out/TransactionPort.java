package dev.accolade.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case's work as one all-or-nothing unit: every write commits together or none does, and
 * events published inside reach subscribers only after the commit. A call inside a running unit
 * joins it, except that work which writes cannot join a read-only unit: that is a programming error.
 */
public interface TransactionPort {

    /** Runs work that may write, and commits it, or rolls it all back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs work that only reads, seeing one consistent state. */
    <T> T readOnly(Supplier<T> work);
}
