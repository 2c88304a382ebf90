package dev.accolade.application.delivery;

/** Sends the outbox's due deliveries once; a scheduler calls it again and again. */
public interface DispatchDeliveriesUseCase {

    /** Claims the deliveries due now, sends each, records how it went, and returns how many were tried. */
    int dispatchDue();
}
