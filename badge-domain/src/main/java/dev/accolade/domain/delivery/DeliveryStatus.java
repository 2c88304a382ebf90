package dev.accolade.domain.delivery;

/** Where an outgoing delivery stands: waiting to be sent (again), received by its target, or given up. */
public enum DeliveryStatus {

    /** Not yet received: due at its next attempt time. */
    PENDING,

    /** Received: the target answered with a 2xx status. */
    DELIVERED,

    /** Given up: its target refused or failed for 24 hours, or its address is not allowed. */
    FAILED
}
