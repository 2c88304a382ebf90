package dev.accolade.application.delivery;

/** The delivery feature: sending the outbox of offer callbacks and webhook deliveries that are due. */
public interface Deliveries extends DispatchDeliveriesUseCase {
}
