package dev.accolade.application.port.out;

/**
 * Thrown by a {@link TransactionPort} when a unit of work kept losing to concurrent ones (serialization
 * failures, deadlocks) past its retry budget. Nothing of the unit was written; the caller may send the
 * same request again a moment later, and an API answers it as a temporary unavailability, never as an
 * internal error.
 */
public final class StoreBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The failure of the unit's last run. */
    public StoreBusy(RuntimeException lastFailure) {
        super("The store is busy with concurrent writes; nothing was written.", lastFailure);
    }
}
