package dev.accolade.application.delivery;

/**
 * The delivery feature: sending the outbox of offer callbacks and webhook deliveries that are due, and
 * telling how large it is.
 */
public interface Deliveries extends DispatchDeliveriesUseCase, SummarizeDeliveriesUseCase {
}
